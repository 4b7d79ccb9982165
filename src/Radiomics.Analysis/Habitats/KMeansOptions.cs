using Radiomics.Analysis.Common;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// Settings of one k-means fit (Lloyd's algorithm). The defaults give R's
/// <c>kmeans(x, centers, algorithm = "Lloyd")</c> loop (stop when no voxel changes cluster) with scikit-learn's
/// iteration cap (300; R's default is 10) and k-means++ starts.
/// </summary>
public sealed record KMeansOptions
{
    /// <summary>The number of clusters k (≥ 1, at most the number of voxels).</summary>
    public required int ClusterCount { get; init; }

    /// <summary>How the starting centres are chosen.</summary>
    public KMeansInitialisation Initialisation { get; init; } = KMeansInitialisation.KMeansPlusPlus;

    /// <summary>The starting centres (k rows of the matrix's width) when <see cref="Initialisation"/> is <see cref="KMeansInitialisation.Given"/>.</summary>
    public IReadOnlyList<double[]>? InitialCentres { get; init; }

    /// <summary>The most assignment passes (R's <c>iter.max</c>); the result says whether it converged before.</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>
    /// 0 (default): iterate until no voxel changes cluster (R). Above 0: also stop when the centres' total squared move
    /// is at most this times the mean feature variance (scikit-learn's <c>tol</c>), then assign once more to the final centres.
    /// </summary>
    public double Tolerance { get; init; }

    /// <summary>Independent k-means++ starts; the fit with the lowest inertia is kept (the first among equals). Ignored for given centres.</summary>
    public int Starts { get; init; } = 1;

    /// <summary>The seed of the k-means++ draws (see <see cref="SeededRandom"/>: xoshiro256** seeded by SplitMix64).</summary>
    public ulong Seed { get; init; }

    /// <summary>What happens when a cluster loses all its voxels.</summary>
    public EmptyClusterPolicy EmptyClusters { get; init; } = EmptyClusterPolicy.ReseedFarthestPoint;

    /// <summary>Throws a <see cref="HabitatException"/> naming the first invalid setting for a matrix of <paramref name="rows"/> × <paramref name="columns"/>.</summary>
    public void Validate(int rows, int columns)
    {
        if (ClusterCount < 1 || ClusterCount > rows)
        {
            throw new HabitatException($"k-means: {ClusterCount} clusters asked for {rows} voxels (k must be between 1 and the number of voxels).");
        }

        if (MaxIterations < 1 || Starts < 1 || !(Tolerance >= 0))
        {
            throw new HabitatException($"k-means: MaxIterations ({MaxIterations}) and Starts ({Starts}) must be ≥ 1 and Tolerance ({Tolerance}) ≥ 0.");
        }

        if (Initialisation == KMeansInitialisation.Given)
        {
            if (InitialCentres is null || InitialCentres.Count != ClusterCount || InitialCentres.Any(c => c.Length != columns))
            {
                throw new HabitatException($"k-means: given initial centres must be {ClusterCount} vectors of {columns} values.");
            }

            if (InitialCentres.Any(c => c.Any(v => !double.IsFinite(v))))
            {
                throw new HabitatException("k-means: a given initial centre holds a non-finite value.");
            }
        }
    }
}
