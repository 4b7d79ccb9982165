namespace Radiomics.Extraction.Voxel;

/// <summary>Constants shared by the kernel computations.</summary>
internal static class VoxelMath
{
    /// <summary>numpy.spacing(1): the ε PyRadiomics adds inside logarithms and denominators.</summary>
    public const double Epsilon = 2.220446049250313e-16;
}
