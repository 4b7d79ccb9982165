namespace Radiomics.Dicom.Sr;

/// <summary>
/// The dimension of a feature's value, from which its UCUM unit follows (<see cref="UcumUnits"/>): a length, area or
/// volume in millimetres, a power of the image's intensity unit (times a volume for energies), or none.
/// </summary>
public enum UnitKind
{
    /// <summary>Dimensionless: ratios, shape indices, counts, texture features of discretised grey levels ("1").</summary>
    Unitless,

    /// <summary>A length in millimetres ("mm").</summary>
    Millimetre,

    /// <summary>An area ("mm2").</summary>
    SquareMillimetre,

    /// <summary>A volume ("mm3").</summary>
    CubicMillimetre,

    /// <summary>An area per volume ("/mm").</summary>
    PerMillimetre,

    /// <summary>An intensity, in the image's intensity unit.</summary>
    Intensity,

    /// <summary>An intensity squared (variance, energy).</summary>
    IntensitySquared,

    /// <summary>An intensity times a volume (IBSI integrated intensity).</summary>
    IntensityTimesVolume,

    /// <summary>An intensity squared times a volume (PyRadiomics total energy).</summary>
    IntensitySquaredTimesVolume,
}
