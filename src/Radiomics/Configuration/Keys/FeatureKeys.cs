namespace Radiomics.Configuration.Keys;

/// <summary>The keys of <see cref="FeatureSettings"/>.</summary>
internal static class FeatureKeys
{
    public static readonly SettingKey<double> VoxelArrayShift = new(
        "voxelArrayShift", SettingStage.Features, NumberKind.Any, 0,
        "added to intensities in Energy, TotalEnergy, RootMeanSquared",
        s => s.Features.VoxelArrayShift, (s, v) => s with { Features = s.Features with { VoxelArrayShift = v } });

    public static readonly SettingKey<ValueList<int>> Distances = new(
        "distances", SettingStage.Features, new ListKind<int>(new IntegerKind(1, int.MaxValue), "integers ≥ 1", 1), [1],
        "neighbour distances for GLCM, GLDM, NGTDM (infinity norm)",
        s => s.Features.Distances, (s, v) => s with { Features = s.Features with { Distances = v } });

    public static readonly SettingKey<bool> Force2D = new(
        "force2D", SettingStage.Features, new BoolKind(), false,
        "texture (and 2D shape) slice by slice",
        s => s.Features.Force2D, (s, v) => s with { Features = s.Features with { Force2D = v } });

    public static readonly SettingKey<int> Force2DDimension = new(
        "force2Ddimension", SettingStage.Features, new IntegerKind(0, 2), 0,
        "the slices of `force2D`: 0 axial, 1 coronal, 2 sagittal",
        s => s.Features.Force2DDimension, (s, v) => s with { Features = s.Features with { Force2DDimension = v } });

    public static readonly SettingKey<bool> SymmetricalGlcm = new(
        "symmetricalGLCM", SettingStage.Features, new BoolKind(), true,
        "count GLCM co-occurrences in both directions",
        s => s.Features.SymmetricalGlcm, (s, v) => s with { Features = s.Features with { SymmetricalGlcm = v } });

    public static readonly SettingKey<WeightingNorm> WeightingNorm = new(
        "weightingNorm", SettingStage.Features,
        new ChoiceKind<WeightingNorm>(
            [
                ("manhattan", Configuration.WeightingNorm.Manhattan), ("euclidean", Configuration.WeightingNorm.Euclidean),
                ("infinity", Configuration.WeightingNorm.Infinity), ("no_weighting", Configuration.WeightingNorm.NoWeighting),
            ],
            nullValue: Configuration.WeightingNorm.None),
        Configuration.WeightingNorm.None,
        "weighting of GLCM/GLRLM directions by distance; null: features averaged over directions",
        s => s.Features.WeightingNorm, (s, v) => s with { Features = s.Features with { WeightingNorm = v } });

    public static readonly SettingKey<double> GldmA = new(
        "gldm_a", SettingStage.Features, NumberKind.NonNegative, 0,
        "GLDM dependence threshold α",
        s => s.Features.GldmA, (s, v) => s with { Features = s.Features with { GldmA = v } });

    public static IReadOnlyList<SettingKey> All { get; } = [VoxelArrayShift, Distances, Force2D, Force2DDimension, SymmetricalGlcm, WeightingNorm, GldmA];
}
