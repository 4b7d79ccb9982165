using System.Collections.Concurrent;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Extraction.Voxel;
using Radiomics.Imaging;
using static Radiomics.Tests.Extraction.FilterRegionCases;

namespace Radiomics.Tests.Extraction;

/// <summary>
/// The extraction context: the extractor hands its degree of parallelism to every stage (resampling, filters, texture,
/// the IBSI chain, voxel maps), the features are bit-identical whatever the degree, and a degree of one really runs
/// every loop that takes the context's options on the calling thread alone (seen through a recording scheduler).
/// </summary>
public sealed class ExtractionContextTests
{
    /// <summary>Resampling, LoG, wavelets, gradient and LBP 3D, with texture, filtered on windows or on the whole image.</summary>
    private const string Filtered = """
        setting:
          binWidth: 25
          resampledPixelSpacing: [0.9, 0.9, 1.2]
          interpolator: sitkBSpline
          filterRegion: {0}
        imageType:
          Original: {{}}
          LoG:
            sigma: [1.0, 2.0]
          Wavelet: {{}}
          Gradient: {{}}
          LBP3D: {{}}
        featureClass:
          firstorder:
          glcm:
          glrlm:
          glszm:
        """;

    /// <summary>The IBSI profile: the centred-grid cubic-spline chain, then the IBSI families.</summary>
    private const string Ibsi = """
        setting:
          profile: ibsi
          resampledPixelSpacing: [1.2, 1.2, 1.2]
          interpolator: sitkBSpline
          binWidth: 25
        """;

    public static TheoryData<string> Parameters() => new()
    {
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Filtered, "roi"),
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Filtered, "image"),
        Ibsi,
    };

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Extract_DegreeOneAndDegreeFour_GiveBitIdenticalResults(string yaml)
    {
        ExtractionParameters parameters = PipelineParameters.Parse(yaml, "test.yaml");
        ImageData image = Image(VoxelType.Int16), mask = Mask(Interior);

        FeatureResult one = new RadiomicsExtractor(parameters, ExtractionContext.SingleThreaded).Extract(image, mask);
        FeatureResult four = new RadiomicsExtractor(parameters, new ExtractionContext(4)).Extract(image, mask);

        Assert.True(one.Entries.Count > 100, $"only {one.Entries.Count} entries");
        Assert.Equal(one.Entries.Select(e => e.Key), four.Entries.Select(e => e.Key));
        Assert.Equal(one.Entries.Select(e => e.Value), four.Entries.Select(e => e.Value));
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Extract_DegreeOne_RunsEveryLoopOfItsContextOnTheCallingThread(string yaml)
    {
        ExtractionParameters parameters = PipelineParameters.Parse(yaml, "test.yaml");
        ImageData image = Image(VoxelType.Int16), mask = Mask(Interior);
        var single = new RecordingScheduler();
        var four = new RecordingScheduler();

        new RadiomicsExtractor(parameters, new ExtractionContext(1) { Scheduler = single }).Extract(image, mask);
        new RadiomicsExtractor(parameters, new ExtractionContext(4) { Scheduler = four }).Extract(image, mask);

        // The stages did take the context's options (their loops ran on its scheduler) ...
        Assert.True(single.Inline > 0, "no parallel loop ran on the context's scheduler");
        // ... and with one thread no loop handed work to another thread, where four threads did.
        Assert.Equal(0, single.Queued);
        Assert.Equal([Environment.CurrentManagedThreadId], single.Threads);
        Assert.True(four.Queued > 0, "with four threads no loop asked for a second worker");
    }

    [Fact]
    public void VoxelExtract_DegreeOneAndDegreeFour_GiveBitIdenticalMaps_AndDegreeOneStaysOnTheCallingThread()
    {
        const string yaml = """
            setting:
              binWidth: 25
            voxelSetting:
              kernelRadius: 1
            imageType:
              Original: {}
              LoG:
                sigma: [1.0]
            featureClass:
              glcm: [JointEnergy, Contrast]
              glrlm: [RunEntropy]
            """;
        ExtractionParameters parameters = PipelineParameters.Parse(yaml, "test.yaml");
        ImageData image = Image(VoxelType.Int16), mask = Mask(Interior);
        var single = new RecordingScheduler();

        IReadOnlyList<VoxelMap> one = new VoxelExtractor(parameters, new ExtractionContext(1) { Scheduler = single }).Extract(image, mask, cancellation: TestContext.Current.CancellationToken);
        IReadOnlyList<VoxelMap> four = new VoxelExtractor(parameters, new ExtractionContext(4)).Extract(image, mask, cancellation: TestContext.Current.CancellationToken);

        Assert.Equal(6, one.Count);
        Assert.Equal(one.Select(m => m.Name), four.Select(m => m.Name));
        for (int i = 0; i < one.Count; i++)
        {
            Assert.Equal(one[i].Map.Voxels.ToArray(), four[i].Map.Voxels.ToArray());
        }

        Assert.True(single.Inline > 0, "no parallel loop ran on the context's scheduler");
        Assert.Equal(0, single.Queued);
    }

    [Fact]
    public void ForLabelAndWithContext_KeepOrChangeTheContext()
    {
        var extractor = new RadiomicsExtractor(PipelineParameters.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, Filtered, "roi"), "test.yaml"), new ExtractionContext(3));

        Assert.Equal(3, extractor.ForLabel(2).Context.MaxDegreeOfParallelism);
        Assert.Same(ExtractionContext.SingleThreaded, extractor.WithContext(ExtractionContext.SingleThreaded).Context);
        Assert.Same(ExtractionContext.Default, new RadiomicsExtractor(extractor.Parameters).Context);
    }

    /// <summary>Runs tasks as the default scheduler would, counting those run inline and those queued, and the threads that ran them.</summary>
    private sealed class RecordingScheduler : TaskScheduler
    {
        private readonly ConcurrentDictionary<int, bool> _threads = new();
        private int _inline;
        private int _queued;

        public int Inline => Volatile.Read(ref _inline);

        public int Queued => Volatile.Read(ref _queued);

        public IReadOnlyList<int> Threads => [.. _threads.Keys];

        protected override void QueueTask(Task task)
        {
            Interlocked.Increment(ref _queued);
            ThreadPool.UnsafeQueueUserWorkItem(_ =>
            {
                _threads[Environment.CurrentManagedThreadId] = true;
                TryExecuteTask(task);
            }, null);
        }

        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued)
        {
            Interlocked.Increment(ref _inline);
            _threads[Environment.CurrentManagedThreadId] = true;
            return TryExecuteTask(task);
        }

        protected override IEnumerable<Task> GetScheduledTasks() => [];
    }
}
