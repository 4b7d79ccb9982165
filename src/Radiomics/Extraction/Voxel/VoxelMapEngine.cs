using Radiomics.Features;
using Radiomics.Imaging;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// Computes the maps of one derived image: for every ROI voxel, its kernel is loaded once and each feature class
/// computes its requested features into the maps. Work is split into fixed chunks of ROI voxels run in parallel; each
/// thread owns its kernel scratch and class buffers, and every voxel is computed by the same code whatever thread runs
/// it and writes only its own map voxels, so the maps are bit-identical for any thread count.
/// </summary>
internal static class VoxelMapEngine
{
    private const int ChunkSize = 256;

    /// <summary>One enabled class for this image: its name, the features, and the maps they fill (in the same order).</summary>
    public sealed record FamilyMaps(string Family, IReadOnlyList<FeatureInfo> Features, Volume<double>[] Maps);

    public static void Run(VoxelImage image, IReadOnlyList<FamilyMaps> families, ExtractionContext context, Action<long>? progress,
        CancellationToken cancellation)
    {
        int roiCount = image.RoiPositions.Length;
        int glcmIndex = -1;
        for (int f = 0; f < families.Count; f++)
        {
            if (families[f].Family == "glcm")
            {
                glcmIndex = f;
            }
        }

        GlcmDirectionRecord? glcmRecord = null;
        if (glcmIndex >= 0)
        {
            int directions = VoxelDirections.For(image, image.Settings.Features.Distances, bidirectional: false).Length;
            int matrices = image.Settings.Features.WeightingNorm == Configuration.WeightingNorm.None ? directions : 1;
            glcmRecord = new GlcmDirectionRecord(roiCount, matrices, image.GreyLevelCount);
        }

        // Build one worker here first: an unsupported feature fails now, with its own message, not inside the loop.
        _ = new Worker(image, families, glcmRecord);
        int chunks = (roiCount + ChunkSize - 1) / ChunkSize;
        long done = 0;
        ParallelOptions options = context.Options();
        options.CancellationToken = cancellation;

        // MCC is by far the costliest GLCM feature, and PyRadiomics leaves whole batches of it at initValue: find
        // those batches first (a cheap pass over the directions of every kernel) and skip MCC there.
        if (glcmRecord is not null && families[glcmIndex].Features.Any(f => f.Name == "MCC"))
        {
            Parallel.For(0, chunks, options,
                () => (Kernel: new KernelScratch(image), Glcm: new GlcmKernel(image, families[glcmIndex].Features, glcmRecord)),
                (chunk, _, state) =>
                {
                    int start = chunk * ChunkSize, end = Math.Min(roiCount, start + ChunkSize);
                    for (int v = start; v < end; v++)
                    {
                        state.Kernel.Load(image.RoiPositions[v]);
                        state.Glcm.RecordDirections(state.Kernel, v);
                    }

                    return state;
                },
                _ => { });
            glcmRecord.MarkFailedBatches(image.Settings.Voxel.Batch);
        }
        Parallel.For(0, chunks, options,
            () => new Worker(image, families, glcmRecord),
            (chunk, _, worker) =>
            {
                int start = chunk * ChunkSize, end = Math.Min(roiCount, start + ChunkSize);
                for (int v = start; v < end; v++)
                {
                    worker.Compute(v);
                }

                progress?.Invoke(Interlocked.Add(ref done, end - start));
                return worker;
            },
            _ => { });

        if (glcmRecord is not null)
        {
            FamilyMaps glcm = families[glcmIndex];
            Volume<double>? Map(string name)
            {
                for (int f = 0; f < glcm.Features.Count; f++)
                {
                    if (glcm.Features[f].Name == name)
                    {
                        return glcm.Maps[f];
                    }
                }

                return null;
            }

            GlcmBatchQuirks.Apply(glcmRecord, image.RoiPositions, image.Settings.Voxel.Batch, image.Settings.Voxel.InitValue,
                Map("JointAverage"), Map("MCC"));
        }
    }

    /// <summary>One thread's state: the kernel scratch, one kernel class per family, and a values buffer.</summary>
    private sealed class Worker
    {
        private readonly VoxelImage _image;
        private readonly IReadOnlyList<FamilyMaps> _families;
        private readonly KernelScratch _kernel;
        private readonly IVoxelKernel[] _kernels;
        private readonly double[] _values;

        public Worker(VoxelImage image, IReadOnlyList<FamilyMaps> families, GlcmDirectionRecord? glcmRecord)
        {
            _image = image;
            _families = families;
            _kernel = new KernelScratch(image);
            _kernels = families.Select(f => Create(image, f, glcmRecord)).ToArray();
            _values = new double[Math.Max(1, families.Max(f => f.Features.Count))];
        }

        public void Compute(int ordinal)
        {
            int position = _image.RoiPositions[ordinal];
            _kernel.Load(position);
            for (int f = 0; f < _kernels.Length; f++)
            {
                Volume<double>[] maps = _families[f].Maps;
                Span<double> values = _values.AsSpan(0, maps.Length);
                _kernels[f].Compute(_kernel, ordinal, values);
                for (int k = 0; k < maps.Length; k++)
                {
                    maps[k].Voxels[position] = values[k];
                }
            }
        }

        private static IVoxelKernel Create(VoxelImage image, FamilyMaps family, GlcmDirectionRecord? glcmRecord) => family.Family switch
        {
            "firstorder" => new FirstOrderKernel(image, family.Features),
            "glcm" => new GlcmKernel(image, family.Features, glcmRecord!),
            "glrlm" => new GlrlmKernel(image, family.Features),
            "glszm" => new GlszmKernel(image, family.Features),
            "gldm" => new GldmKernel(image, family.Features),
            "ngtdm" => new NgtdmKernel(image, family.Features),
            _ => throw new NotSupportedException($"Feature class '{family.Family}' has no voxel-based implementation."),
        };
    }
}
