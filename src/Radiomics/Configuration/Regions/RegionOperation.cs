namespace Radiomics.Configuration.Regions;

/// <summary>The distance operation a region applies to the ROI (see <see cref="Preprocessing.Regions.RoiOperations"/>).</summary>
public enum RegionOperation
{
    /// <summary>No distance operation: the ROI itself (cleaned, clipped or cut as the region says).</summary>
    None,

    /// <summary>The voxels outside the ROI within the distance of it (parameter-file key <c>ring</c>).</summary>
    Ring,

    /// <summary>The ROI plus the voxels within the distance of it (<c>grow</c>).</summary>
    Grow,

    /// <summary>The ROI voxels farther than the distance from outside (<c>shrink</c>).</summary>
    Shrink,

    /// <summary>The ROI voxels within the distance of outside (<c>innerRim</c>).</summary>
    InnerRim,
}
