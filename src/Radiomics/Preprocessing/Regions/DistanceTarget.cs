namespace Radiomics.Preprocessing.Regions;

/// <summary>Which voxels a distance transform measures the distance to.</summary>
public enum DistanceTarget
{
    /// <summary>The nearest voxel inside the mask (non-zero): 0 inside, the distance to the mask outside it.</summary>
    Inside,

    /// <summary>
    /// The nearest voxel of the grid outside the mask (zero): 0 outside, the depth inside. Voxels beyond the grid's edge
    /// do not count as outside.
    /// </summary>
    Outside,
}
