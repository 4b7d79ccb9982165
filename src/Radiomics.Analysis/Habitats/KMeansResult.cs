namespace Radiomics.Analysis.Habitats;

/// <summary>
/// A k-means fit. Labels are 0-based cluster numbers in row order (R's <c>cluster</c> minus 1); centre j is the mean of
/// cluster j's voxels (at convergence).
/// </summary>
/// <param name="Labels">The cluster of every voxel (0 … k − 1).</param>
/// <param name="Centres">k centres, each a vector of the features.</param>
/// <param name="Inertia">The sum over voxels of the squared Euclidean distance to the assigned centre (R's <c>tot.withinss</c>).</param>
/// <param name="WithinSumOfSquares">That sum per cluster (R's <c>withinss</c>).</param>
/// <param name="Sizes">Voxels per cluster (R's <c>size</c>).</param>
/// <param name="Iterations">Assignment passes, the last (unchanged) one included (R's <c>iter</c>).</param>
/// <param name="Converged">False when <see cref="KMeansOptions.MaxIterations"/> stopped the loop.</param>
public sealed record KMeansResult(
    int[] Labels,
    double[][] Centres,
    double Inertia,
    double[] WithinSumOfSquares,
    int[] Sizes,
    int Iterations,
    bool Converged)
{
    /// <summary>The number of clusters.</summary>
    public int ClusterCount => Centres.Length;
}
