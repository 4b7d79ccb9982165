namespace Radiomics.Analysis.Reports;

/// <summary>Which slice of a plane a view shows.</summary>
public enum SliceChoice
{
    /// <summary>The slice through the ROI's centre of mass (rounded to the nearest slice).</summary>
    Centre,

    /// <summary>The slice with the most ROI voxels (the lowest index among equals).</summary>
    LargestCrossSection,
}
