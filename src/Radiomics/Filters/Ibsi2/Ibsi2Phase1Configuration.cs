namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// One IBSI 2 phase-1 test: its id as in the reference file names (e.g. "3_a_1" = test 3.a.1), the digital phantom
/// it filters and the filter definition.
/// </summary>
public sealed record Ibsi2Phase1Configuration(string Id, string Phantom, Ibsi2Filter Filter)
{
    /// <summary>The phantom image, relative to the IBSI 2 data folder (…/ibsi2).</summary>
    public string PhantomPath => $"digital_phantoms/nifti/{Phantom}/image/{Phantom}.nii.gz";

    /// <summary>The consensus response map, relative to the IBSI 2 data folder.</summary>
    public string ReferenceMapPath => $"reference_response_maps/{Id}-ValidCRM.nii.gz";
}
