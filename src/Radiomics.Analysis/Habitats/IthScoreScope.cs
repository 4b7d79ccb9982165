namespace Radiomics.Analysis.Habitats;

/// <summary>Where the ITH score is computed on a 3D habitat map.</summary>
public enum IthScoreScope
{
    /// <summary>On the axial (z) slice with the most ROI voxels (the lowest z among equals), with 8-connectivity in plane: the ITHscore paper's largest cross-section.</summary>
    LargestSlice,

    /// <summary>On the whole volume, regions connected in 3D by 26 neighbours (a 3D generalisation; sizes in voxels).</summary>
    Volume,
}
