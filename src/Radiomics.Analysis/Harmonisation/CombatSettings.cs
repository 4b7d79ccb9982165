using System.Text.Json.Serialization;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Harmonisation;

/// <summary>
/// The configuration of a ComBat fit (<see cref="Combat.Fit"/>): immutable, checked once by <see cref="Validate"/>,
/// stored in the fitted <see cref="CombatModel"/>. Maps to <c>sva::ComBat(dat, batch, mod, par.prior, mean.only, ref.batch)</c>.
/// </summary>
public sealed record CombatSettings
{
    /// <summary>The column naming each sample's batch (scanner, site, protocol). Text; levels are its distinct values.</summary>
    public required string BatchColumn { get; init; }

    /// <summary>
    /// Biological covariates whose effects ComBat preserves (sva's <c>mod = model.matrix(~ A + B)</c>). A covariate
    /// whose every value is a number is numeric; otherwise, or when listed in <see cref="CategoricalCovariates"/>, it is
    /// dummy-coded (treatment coding, levels in ordinal order, the first level the baseline).
    /// </summary>
    public IReadOnlyList<string> Covariates { get; init; } = [];

    /// <summary>Covariates (among <see cref="Covariates"/>) to dummy-code even when their values are numbers (e.g. a site code 1, 2, 3).</summary>
    public IReadOnlyList<string> CategoricalCovariates { get; init; } = [];

    /// <summary>Parametric (default) or non-parametric empirical Bayes (sva's <c>par.prior</c>).</summary>
    public CombatPrior Prior { get; init; } = CombatPrior.Parametric;

    /// <summary>Adjust the batch means only, not the variances (sva's <c>mean.only</c>); forced on when a batch has one sample, as sva does.</summary>
    public bool MeanOnly { get; init; }

    /// <summary>A batch left unchanged, the others brought to it (sva's <c>ref.batch</c>); null for none.</summary>
    public string? ReferenceBatch { get; init; }

    /// <summary>The columns these settings name (batch and covariates): pass them to the reader as reserved, so they are not read as features.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> ColumnsUsed => [BatchColumn, .. Covariates];

    /// <summary>Checks the settings; the message names the option and the problem.</summary>
    /// <exception cref="FeatureTableException">An empty or repeated column name, a categorical covariate not among the covariates, an empty reference batch.</exception>
    public void Validate()
    {
        if (string.IsNullOrEmpty(BatchColumn))
        {
            throw new FeatureTableException("--batch: the batch column must be named");
        }

        if (Covariates is null || CategoricalCovariates is null)
        {
            throw new FeatureTableException("--covariates: the list is missing");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { BatchColumn };
        foreach (string covariate in Covariates)
        {
            if (string.IsNullOrEmpty(covariate))
            {
                throw new FeatureTableException("--covariates: a covariate name is empty");
            }

            if (!seen.Add(covariate))
            {
                throw new FeatureTableException(covariate == BatchColumn
                    ? $"--covariates: '{covariate}' is the batch column"
                    : $"--covariates: '{covariate}' is listed twice");
            }
        }

        foreach (string categorical in CategoricalCovariates)
        {
            if (!Covariates.Contains(categorical))
            {
                throw new FeatureTableException($"--categorical: '{categorical}' is not among the covariates");
            }
        }

        if (ReferenceBatch is { Length: 0 })
        {
            throw new FeatureTableException("--reference-batch: the batch name is empty");
        }

        if (!Enum.IsDefined(Prior))
        {
            throw new FeatureTableException($"ComBat prior {Prior} is not parametric or non-parametric");
        }
    }
}
