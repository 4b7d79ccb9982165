using Radiomics.Analysis.Common;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// Settings of a Gaussian-mixture fit by EM with unconstrained (full) covariances: mclust's model <c>"VVV"</c>
/// (scikit-learn's <c>covariance_type="full"</c>).
/// </summary>
public sealed record GaussianMixtureOptions
{
    /// <summary>The number of components G (≥ 1).</summary>
    public required int ComponentCount { get; init; }

    /// <summary>How the first E-step's hard assignment is made.</summary>
    public GaussianMixtureInitialisation Initialisation { get; init; } = GaussianMixtureInitialisation.KMeans;

    /// <summary>G starting means (vectors of the matrix's width) for <see cref="GaussianMixtureInitialisation.GivenMeans"/>.</summary>
    public IReadOnlyList<double[]>? InitialMeans { get; init; }

    /// <summary>The most EM iterations (one M-step and one E-step each).</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>
    /// Stop when the relative change of the log-likelihood, |ℓ − ℓ_previous| / (1 + |ℓ|), is at most this (mclust's
    /// <c>emControl(tol)</c> first value, whose default is 1e-5; ours is tighter).
    /// </summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>
    /// Added to every covariance's diagonal in each M-step (scikit-learn's <c>reg_covar</c>, default there 1e-6). 0, the
    /// default, is mclust's unregularised VVV; a component that becomes singular then stops the fit with an error.
    /// </summary>
    public double CovarianceRegularisation { get; init; }

    /// <summary>The seed of the k-means start (<see cref="SeededRandom"/>).</summary>
    public ulong Seed { get; init; }

    /// <summary>Throws a <see cref="HabitatException"/> naming the first invalid setting for a matrix of <paramref name="rows"/> × <paramref name="columns"/>.</summary>
    public void Validate(int rows, int columns)
    {
        if (ComponentCount < 1 || ComponentCount > rows)
        {
            throw new HabitatException($"Gaussian mixture: {ComponentCount} components asked for {rows} voxels.");
        }

        if (MaxIterations < 1 || !(Tolerance >= 0) || !(CovarianceRegularisation >= 0))
        {
            throw new HabitatException($"Gaussian mixture: MaxIterations ({MaxIterations}) must be ≥ 1, Tolerance ({Tolerance}) and CovarianceRegularisation ({CovarianceRegularisation}) ≥ 0.");
        }

        if (Initialisation == GaussianMixtureInitialisation.GivenMeans &&
            (InitialMeans is null || InitialMeans.Count != ComponentCount || InitialMeans.Any(m => m.Length != columns || m.Any(v => !double.IsFinite(v)))))
        {
            throw new HabitatException($"Gaussian mixture: given initial means must be {ComponentCount} finite vectors of {columns} values.");
        }
    }
}
