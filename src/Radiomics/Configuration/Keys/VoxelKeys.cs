namespace Radiomics.Configuration.Keys;

/// <summary>The keys of <see cref="VoxelSettings"/>.</summary>
internal static class VoxelKeys
{
    public static readonly SettingKey<int> KernelRadius = new(
        "kernelRadius", SettingStage.Voxel, new IntegerKind(1, 100), 1,
        "voxel-based extraction: kernel radius (voxels)",
        s => s.Voxel.KernelRadius, (s, v) => s with { Voxel = s.Voxel with { KernelRadius = v } });

    public static readonly SettingKey<bool> MaskedKernel = new(
        "maskedKernel", SettingStage.Voxel, new BoolKind(), true,
        "voxel-based extraction: the kernel uses ROI voxels only",
        s => s.Voxel.MaskedKernel, (s, v) => s with { Voxel = s.Voxel with { MaskedKernel = v } });

    public static readonly SettingKey<double> InitValue = new(
        "initValue", SettingStage.Voxel, new NumberKind(double.NegativeInfinity, double.PositiveInfinity, allowNaN: true), 0,
        "voxel-based extraction: map value outside the ROI",
        s => s.Voxel.InitValue, (s, v) => s with { Voxel = s.Voxel with { InitValue = v } });

    public static readonly SettingKey<int> Batch = new(
        "voxelBatch", SettingStage.Voxel, new IntegerKind(-1, int.MaxValue), -1,
        "voxel-based extraction: accepted for compatibility (batching is internal)",
        s => s.Voxel.Batch, (s, v) => s with { Voxel = s.Voxel with { Batch = v } });

    public static IReadOnlyList<SettingKey> All { get; } = [KernelRadius, MaskedKernel, InitValue, Batch];
}
