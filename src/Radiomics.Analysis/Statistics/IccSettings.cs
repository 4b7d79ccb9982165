using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Statistics;

/// <summary>
/// What <see cref="Icc.Compute"/> computes from a long table (one row per subject × rater, every feature a column).
/// Immutable; <see cref="Validate"/> checks it once.
/// </summary>
public sealed record IccSettings
{
    /// <summary>The column naming the subject (case, lesion) each row measures.</summary>
    public required string SubjectColumn { get; init; }

    /// <summary>The column naming the rater (reader, segmentation, session, perturbation) of each row.</summary>
    public required string RaterColumn { get; init; }

    /// <summary>The forms to report, in psych's order; all six by default.</summary>
    public IReadOnlyList<IccType> Types { get; init; } = IccTypes.All;

    /// <summary>The confidence level of the intervals; 0.95 by default (psych's <c>alpha = 0.05</c>).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Checks the settings; the message names the setting and the problem.</summary>
    /// <exception cref="FeatureTableException">An empty or repeated column, no form, or a level outside (0, 1).</exception>
    public void Validate()
    {
        if (string.IsNullOrEmpty(SubjectColumn) || string.IsNullOrEmpty(RaterColumn))
        {
            throw new FeatureTableException("--subject and --rater: both columns must be named");
        }

        if (SubjectColumn == RaterColumn)
        {
            throw new FeatureTableException($"--subject and --rater: both name column '{SubjectColumn}'");
        }

        if (Types is null || Types.Count == 0)
        {
            throw new FeatureTableException($"--type: no ICC form chosen (expected {IccTypes.Spellings})");
        }

        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1))
        {
            throw new FeatureTableException($"confidence level {ConfidenceLevel} is not between 0 and 1");
        }
    }
}
