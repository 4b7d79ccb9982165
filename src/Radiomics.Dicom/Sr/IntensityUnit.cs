namespace Radiomics.Dicom.Sr;

/// <summary>
/// The unit of an image's intensities, for the features measured in it: Hounsfield units for CT, SUVbw for PET
/// converted to standardised uptake, and an arbitrary unit otherwise (MR, normalised intensities, filtered images).
/// </summary>
public enum IntensityUnit
{
    /// <summary>UCUM <c>[arb'U]</c>: the intensity scale has no physical unit.</summary>
    Arbitrary,

    /// <summary>UCUM <c>[hnsf'U]</c>: CT numbers.</summary>
    Hounsfield,

    /// <summary>UCUM <c>{SUVbw}g/ml</c>: PET standardised uptake value, body weight (PS3.16 CID 85).</summary>
    SuvBodyWeight,
}
