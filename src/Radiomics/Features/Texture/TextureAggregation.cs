namespace Radiomics.Features.Texture;

/// <summary>
/// How texture matrices are combined before (merged) or after (averaged) computing features, with the IBSI 1
/// names (manual section 3.6, "feature aggregation"). Families without directions (GLSZM, GLDZM, NGTDM, NGLDM/GLDM)
/// only distinguish 2D (per slice, averaged), 2.5D (slices merged) and 3D.
/// </summary>
public enum TextureAggregation
{
    /// <summary>3D, one matrix per direction (13), features averaged over directions. IBSI "3D, averaged" (<c>_3D_avg</c>).</summary>
    Average3D,

    /// <summary>3D, the direction matrices summed into one. IBSI "3D, merged" (<c>_3D_comb</c>).</summary>
    Merged3D,

    /// <summary>Per slice and in-plane direction (4), features averaged over all of them. IBSI "2D, averaged" (<c>_2D_avg</c>).</summary>
    Average2D,

    /// <summary>Per slice, the 4 direction matrices summed; features averaged over slices. IBSI "2D, slice-merged" (<c>_2D_s_mrg</c>).</summary>
    SliceMerged2D,

    /// <summary>Per in-plane direction, matrices summed over slices; features averaged over directions. IBSI "2.5D, direction-merged" (<c>_2.5D_d_mrg</c>).</summary>
    DirectionMerged25D,

    /// <summary>Every slice and in-plane direction summed into one matrix. IBSI "2.5D, merged" (<c>_2.5D_v_mrg</c>).</summary>
    Merged25D,
}
