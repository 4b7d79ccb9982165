namespace Radiomics.Features.Texture.Glrlm;

/// <summary>How <see cref="RunLengthCounts"/> counts the runs of each direction; the counts are the same either way.</summary>
internal enum RunCounting
{
    /// <summary>The form with fewer increments (estimated on a sample of rows).</summary>
    Cheaper,

    /// <summary>Every direction by its runs so far (the voxels that continue a run, at their length so far).</summary>
    SoFar,

    /// <summary>Every direction at its runs' last voxels.</summary>
    Ends,
}
