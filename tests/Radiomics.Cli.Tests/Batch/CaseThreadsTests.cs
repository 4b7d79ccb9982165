using Radiomics.Cli.Batch;

namespace Radiomics.Cli.Tests.Batch;

/// <summary>
/// The threads inside one case: the cores shared out between the jobs, handed to the library as each extraction's
/// context, and output that does not depend on the share.
/// </summary>
public sealed class CaseThreadsTests : IDisposable
{
    private readonly BatchWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData(1, 2, 2)]
    [InlineData(2, 2, 1)]
    [InlineData(3, 2, 1)]
    [InlineData(2, 8, 4)]
    [InlineData(3, 8, 2)]
    [InlineData(1, 1, 1)]
    public void DefaultFor_SharesTheCoresOutBetweenTheJobs(int jobs, int cores, int expected) =>
        Assert.Equal(expected, CaseThreads.DefaultFor(jobs, cores));

    [Fact]
    public void Batch_CappedJobsAndUncappedSingleJob_WriteByteIdenticalOutput()
    {
        // Texture, LoG, wavelet and resampling: the within-case loops the share acts on. --jobs 2 runs each case on one
        // thread on a 2-core machine (the cores shared out); --jobs 1 on every core.
        string parameters = _work.Path("filters.yaml");
        File.WriteAllText(parameters, """
            setting:
              binWidth: 25
              resampledPixelSpacing: [1.5, 1.5, 1.5]
              sigma: [1.0]
            imageType:
              Original: {}
              LoG: {}
              Wavelet: {}
            featureClass:
              glcm:
              glrlm:
            """);
        string csv = _work.WriteGoodCases(3);
        string single = _work.Path("single.csv"), shared = _work.Path("shared.csv");

        var (code1, _, error1) = CliRunner.Run("batch", csv, "--params", parameters, "--out", single, "--jobs", "2");
        var (code2, _, error2) = CliRunner.Run("batch", csv, "--params", parameters, "--out", shared, "--jobs", "1");

        Assert.True(code1 == 0, error1);
        Assert.True(code2 == 0, error2);
        Assert.Equal(File.ReadAllBytes(single), File.ReadAllBytes(shared));
    }
}
