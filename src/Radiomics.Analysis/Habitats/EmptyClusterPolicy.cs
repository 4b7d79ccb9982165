namespace Radiomics.Analysis.Habitats;

/// <summary>What k-means does when an assignment leaves a cluster without voxels.</summary>
public enum EmptyClusterPolicy
{
    /// <summary>
    /// Move the empty cluster's centre onto the voxel farthest from its own centre (the largest squared distance; the
    /// first such voxel in row order), as scikit-learn does, and iterate on. R's Lloyd instead leaves a NaN centre and
    /// warns "empty cluster: try a better set of initial centers".
    /// </summary>
    ReseedFarthestPoint,

    /// <summary>Stop with a <see cref="HabitatException"/> naming the cluster.</summary>
    Fail,
}
