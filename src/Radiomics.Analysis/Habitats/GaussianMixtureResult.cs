namespace Radiomics.Analysis.Habitats;

/// <summary>
/// A fitted Gaussian mixture (full covariances, mclust "VVV"). Component order follows the start (the given means'
/// order, or the k-means clusters').
/// </summary>
/// <param name="Weights">The mixing proportions (mclust <c>pro</c>).</param>
/// <param name="Means">G mean vectors.</param>
/// <param name="Covariances">G covariance matrices, each p × p row-major (the maximum-likelihood estimate, divided by the component's weight sum).</param>
/// <param name="LogLikelihood">Σ over voxels of log Σ_g π_g N(x | μ_g, Σ_g) at the final parameters (mclust <c>loglik</c>).</param>
/// <param name="ParameterCount">(G − 1) + G·p + G·p(p + 1)/2 (mclust <c>nMclustParams("VVV", p, G)</c>).</param>
/// <param name="Bic">mclust's sign: 2 ℓ − parameters · ln n, larger is better (scikit-learn's <c>bic()</c> is its negative).</param>
/// <param name="Labels">Each voxel's most probable component, 0-based (mclust <c>map(z)</c> minus 1).</param>
/// <param name="Iterations">EM iterations run.</param>
/// <param name="Converged">False when <see cref="GaussianMixtureOptions.MaxIterations"/> stopped EM.</param>
public sealed record GaussianMixtureResult(
    double[] Weights,
    double[][] Means,
    double[][] Covariances,
    double LogLikelihood,
    int ParameterCount,
    double Bic,
    int[] Labels,
    int Iterations,
    bool Converged)
{
    /// <summary>The number of components.</summary>
    public int ComponentCount => Weights.Length;
}
