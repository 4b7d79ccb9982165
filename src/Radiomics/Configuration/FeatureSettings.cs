using Radiomics.Configuration.Keys;

namespace Radiomics.Configuration;

/// <summary>Options of the feature families: first order, 2D/3D texture, GLCM and GLDM (<see cref="FeatureKeys"/>).</summary>
public sealed record FeatureSettings
{
    /// <summary><c>voxelArrayShift</c>: added to intensities in Energy, TotalEnergy and RootMeanSquared.</summary>
    public double VoxelArrayShift { get; init; } = FeatureKeys.VoxelArrayShift.Default;

    /// <summary><c>distances</c>: neighbour distances for GLCM/GLDM/NGTDM (infinity norm).</summary>
    public ValueList<int> Distances { get; init; } = FeatureKeys.Distances.Default;

    /// <summary><c>force2D</c>: compute texture (and 2D shape) slice by slice.</summary>
    public bool Force2D { get; init; } = FeatureKeys.Force2D.Default;

    /// <summary><c>force2Ddimension</c>: 0 = axial slices (z), 1 = coronal (y), 2 = sagittal (x).</summary>
    public int Force2DDimension { get; init; } = FeatureKeys.Force2DDimension.Default;

    /// <summary><c>symmetricalGLCM</c>: count co-occurrences in both directions.</summary>
    public bool SymmetricalGlcm { get; init; } = FeatureKeys.SymmetricalGlcm.Default;

    /// <summary><c>weightingNorm</c>: how GLCM/GLRLM directions are weighted.</summary>
    public WeightingNorm WeightingNorm { get; init; } = FeatureKeys.WeightingNorm.Default;

    /// <summary><c>gldm_a</c>: coarseness parameter α of the GLDM dependence test.</summary>
    public double GldmA { get; init; } = FeatureKeys.GldmA.Default;
}
