namespace Radiomics.Configuration;

/// <summary>Whether a filter works in 3D or slice by slice in 2D (IBSI 2 "filter dimensionality").</summary>
public enum FilterDimension
{
    /// <summary>In-plane: each (i, j) slice is filtered on its own, slice by slice along k.</summary>
    Slice2D,

    /// <summary>The whole volume is filtered with a 3D kernel.</summary>
    Volume3D,
}
