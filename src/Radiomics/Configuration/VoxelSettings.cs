using Radiomics.Configuration.Keys;

namespace Radiomics.Configuration;

/// <summary>Voxel-based extraction (maps; docs/voxel-maps.md; <see cref="VoxelKeys"/>).</summary>
public sealed record VoxelSettings
{
    /// <summary><c>kernelRadius</c>: voxel-based kernel radius.</summary>
    public int KernelRadius { get; init; } = VoxelKeys.KernelRadius.Default;

    /// <summary><c>maskedKernel</c>: restrict the kernel to ROI voxels.</summary>
    public bool MaskedKernel { get; init; } = VoxelKeys.MaskedKernel.Default;

    /// <summary><c>initValue</c>: map value outside the ROI.</summary>
    public double InitValue { get; init; } = VoxelKeys.InitValue.Default;

    /// <summary><c>voxelBatch</c>: accepted for compatibility (batching is internal), and recorded.</summary>
    public int Batch { get; init; } = VoxelKeys.Batch.Default;
}
