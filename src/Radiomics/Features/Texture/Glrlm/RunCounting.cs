namespace Radiomics.Features.Texture.Glrlm;

/// <summary>How <see cref="RunLengthCounts"/> counts the runs of each direction; the counts are the same either way.</summary>
internal enum RunCounting
{
    /// <summary>
    /// The runs of two voxels or more at their last voxels; the runs of one voxel from the voxel counts (each voxel lies
    /// in one run). The fewest increments: at most one per run and one per voxel continuing a run, whichever is fewer.
    /// </summary>
    LongEnds,

    /// <summary>Every direction by its runs so far (the voxels that continue a run, at their length so far).</summary>
    SoFar,

    /// <summary>Every direction at its runs' last voxels.</summary>
    Ends,
}
