namespace Radiomics.Numerics;

/// <summary>
/// The machine ε of double precision, 2⁻⁵² = 2.220446049250313·10⁻¹⁶ (<c>numpy.spacing(1)</c>, <c>Math.BitIncrement(1.0) − 1</c>):
/// the ε PyRadiomics adds inside logarithms and denominators, and the one tolerance every part of the library uses
/// for it (segment-based and voxel-based features, image reading).
/// </summary>
public static class MachineEpsilon
{
    /// <summary>2⁻⁵².</summary>
    public const double Value = 2.220446049250313e-16;
}
