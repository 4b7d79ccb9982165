using Radiomics.Dicom.Coding;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// UCUM units (coding scheme <c>UCUM</c>, PS3.16 CID 7181 and CID 82) of the feature values written into an SR.
/// Intensity powers are built from the image's <see cref="IntensityUnit"/>: <c>[hnsf'U]</c>, <c>[hnsf'U]2</c>,
/// <c>[hnsf'U].mm3</c>, <c>[hnsf'U]2.mm3</c> for CT; <c>[arb'U]</c>… for arbitrary scales; <c>{SUVbw}g/ml</c>,
/// <c>{SUVbw}g2/ml2</c>… for PET SUV.
/// </summary>
public static class UcumUnits
{
    /// <summary><c>1</c>: a unitless value (counts, ratios, probabilities).</summary>
    public static readonly CodedConcept NoUnits = new("1", "UCUM", "no units");
    /// <summary><c>mm</c>: a length.</summary>
    public static readonly CodedConcept Millimetre = new("mm", "UCUM", "millimeter");
    /// <summary><c>mm2</c>: an area.</summary>
    public static readonly CodedConcept SquareMillimetre = new("mm2", "UCUM", "square millimeter");
    /// <summary><c>mm3</c>: a volume.</summary>
    public static readonly CodedConcept CubicMillimetre = new("mm3", "UCUM", "cubic millimeter");
    /// <summary><c>/mm</c>: an inverse length (e.g. surface-to-volume ratio).</summary>
    public static readonly CodedConcept PerMillimetre = new("/mm", "UCUM", "per millimeter");

    /// <summary>The unit of a value of <paramref name="kind"/> measured on an image with intensities in <paramref name="intensity"/>.</summary>
    public static CodedConcept For(UnitKind kind, IntensityUnit intensity)
    {
        (string code, string meaning) = intensity switch
        {
            IntensityUnit.Hounsfield => ("[hnsf'U]", "Hounsfield unit"),
            IntensityUnit.SuvBodyWeight => ("{SUVbw}g/ml", "Standardized Uptake Value body weight"),
            _ => ("[arb'U]", "arbitrary unit"),
        };
        (string squaredCode, string squaredMeaning) = intensity == IntensityUnit.SuvBodyWeight
            ? ("{SUVbw}g2/ml2", "Standardized Uptake Value body weight squared")
            : (code + "2", meaning + " squared");
        return kind switch
        {
            UnitKind.Unitless => NoUnits,
            UnitKind.Millimetre => Millimetre,
            UnitKind.SquareMillimetre => SquareMillimetre,
            UnitKind.CubicMillimetre => CubicMillimetre,
            UnitKind.PerMillimetre => PerMillimetre,
            UnitKind.Intensity => new(code, "UCUM", meaning),
            UnitKind.IntensitySquared => new(squaredCode, "UCUM", squaredMeaning),
            UnitKind.IntensityTimesVolume => new(code + ".mm3", "UCUM", meaning + " cubic millimeter"),
            UnitKind.IntensitySquaredTimesVolume => new(squaredCode + ".mm3", "UCUM", squaredMeaning + " cubic millimeter"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>
    /// The intensity unit of a source series: Hounsfield for CT, SUVbw for PET when the loader converted it, arbitrary
    /// otherwise; always arbitrary once intensities are normalised.
    /// </summary>
    public static IntensityUnit IntensityOf(string modality, bool suvConverted, bool normalised) =>
        normalised ? IntensityUnit.Arbitrary
        : modality == "CT" ? IntensityUnit.Hounsfield
        : modality == "PT" && suvConverted ? IntensityUnit.SuvBodyWeight
        : IntensityUnit.Arbitrary;
}
