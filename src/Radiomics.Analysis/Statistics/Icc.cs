using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Statistics;

/// <summary>
/// Intraclass correlation coefficients of every feature of a long table (one row per subject × rater): the six forms of
/// Shrout &amp; Fleiss (1979) with the F-based confidence intervals exactly as <c>psych::ICC(x, lmer = FALSE)</c>
/// (psych 2.2.9) computes them on the subjects × raters matrix.
/// </summary>
/// <remarks>
/// Conventions (each also in docs/robustness.md):
/// <list type="bullet">
/// <item>Subjects and raters are taken in order of first appearance; a subject with two rows for one rater is an error.</item>
/// <item>Complete cases, as psych (which refuses missing values with <c>lmer = FALSE</c>): a subject enters a feature's
/// ICC only with a finite value from every rater. A subject lacking a row for some rater is left out of every feature
/// (one warning); a subject whose value is NaN or infinite for some rater is left out of that feature only (a warning
/// naming the feature and subjects). <see cref="IccRow.Subjects"/> counts the subjects used.</item>
/// <item>A feature with the same value in every used cell (no between- and no within-subject variance): ICC 1, interval
/// [1, 1], F/df/p NaN (psych returns 0 with meaningless bounds there).</item>
/// <item>Fewer than two usable subjects: every number NaN, with a warning. At least two raters are required.</item>
/// <item>Limits: an infinite F gives the bound 1; see <see cref="IccFormulas"/> for ICC(2,·) without residual variance.</item>
/// </list>
/// Features are computed in parallel; the result does not depend on the thread count.
/// </remarks>
public static class Icc
{
    /// <summary>The ICCs of every feature of <paramref name="table"/>.</summary>
    /// <exception cref="FeatureTableException">Bad settings, a missing column, fewer than two raters, or a repeated subject × rater row.</exception>
    public static IccReport Compute(IccSettings settings, FeatureTable table, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(table);
        settings.Validate();
        var layout = LongTableLayout.Of(table, settings.SubjectColumn, settings.RaterColumn);
        int n = layout.Subjects.Length, k = layout.Raters.Length;
        if (k < 2)
        {
            throw new FeatureTableException($"--rater: column '{settings.RaterColumn}' has {k} rater(s); an ICC needs at least two");
        }

        var warnings = new List<string>();
        int[] incomplete = layout.IncompleteSubjects.ToArray();
        if (incomplete.Length > 0)
        {
            warnings.Add($"{incomplete.Length} subject(s) lack a row for some rater and are left out of every feature: {Names(incomplete, layout.Subjects)}");
        }

        var quantiles = new FQuantiles(settings.ConfidenceLevel);
        bool withType2 = settings.Types.Any(t => t is IccType.Icc2 or IccType.Icc2k);
        var estimates = new (IccEstimates Estimates, int Subjects, string? Warning)[table.FeatureCount];
        Parallel.For(
            0,
            table.FeatureCount,
            ParallelDefaults.OrDefault(parallel),
            () => new Scratch(n, k),
            (feature, _, scratch) =>
            {
                estimates[feature] = EstimateFeature(table, feature, layout, quantiles, withType2, scratch);
                return scratch;
            },
            _ => { });

        var rows = new List<IccRow>(table.FeatureCount * settings.Types.Count);
        IccType[] types = settings.Types.Distinct().Order().ToArray();
        for (int feature = 0; feature < table.FeatureCount; feature++)
        {
            var (values, subjects, warning) = estimates[feature];
            if (warning is not null)
            {
                warnings.Add(warning);
            }

            foreach (IccType type in types)
            {
                rows.Add(new IccRow(table.FeatureNames[feature], type, values.For(type), subjects, k));
            }
        }

        return new IccReport(rows, warnings);
    }

    /// <summary>
    /// The six ICCs of one complete matrix: <paramref name="ratings"/> row-major, subject i and rater j at i·k + j, every
    /// value finite. The constant-matrix convention applies (ICC 1, interval [1, 1]); fewer than two subjects gives NaN.
    /// </summary>
    /// <exception cref="ArgumentException">The sizes disagree, fewer than two raters, or a value is not finite.</exception>
    public static IccEstimates Estimate(ReadOnlySpan<double> ratings, int subjects, int raters, double confidenceLevel = 0.95)
    {
        if (raters < 2 || subjects < 0 || ratings.Length != subjects * raters)
        {
            throw new ArgumentException($"{ratings.Length} ratings for {subjects} subjects × {raters} raters (at least two raters).", nameof(ratings));
        }

        foreach (double value in ratings)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException("Every rating must be finite; leave out subjects with missing values.", nameof(ratings));
            }
        }

        return EstimateComplete(ratings, subjects, raters, new FQuantiles(confidenceLevel), true, new double[raters]);
    }

    private static (IccEstimates, int, string?) EstimateFeature(
        FeatureTable table, int feature, LongTableLayout layout, FQuantiles quantiles, bool withType2, Scratch scratch)
    {
        ReadOnlySpan<double> column = table.Column(feature);
        int k = layout.Raters.Length;
        int used = 0;
        List<int>? dropped = null;
        for (int subject = 0; subject < layout.Subjects.Length; subject++)
        {
            ReadOnlySpan<int> cells = layout.CellRows.AsSpan(subject * k, k);
            if (cells.Contains(-1))
            {
                continue;
            }

            Span<double> target = scratch.Ratings.AsSpan(used * k, k);
            bool complete = true;
            for (int j = 0; j < k; j++)
            {
                target[j] = column[cells[j]];
                complete &= double.IsFinite(target[j]);
            }

            if (complete)
            {
                used++;
            }
            else
            {
                (dropped ??= []).Add(subject);
            }
        }

        string name = table.FeatureNames[feature];
        string? warning = dropped is null ? null
            : $"feature '{name}': {dropped.Count} subject(s) with a missing (NaN) or infinite value left out: {Names(dropped, layout.Subjects)}";
        if (used < 2)
        {
            string reason = $"feature '{name}': fewer than two subjects with every rating, ICC undefined (NaN)";
            return (IccEstimates.AllSame(IccEstimate.Undefined), used, warning is null ? reason : $"{warning}; {reason}");
        }

        return (EstimateComplete(scratch.Ratings.AsSpan(0, used * k), used, k, quantiles, withType2, scratch.RaterMeans), used, warning);
    }

    private static IccEstimates EstimateComplete(ReadOnlySpan<double> ratings, int n, int k, FQuantiles quantiles, bool withType2, Span<double> raterMeans)
    {
        if (n < 2)
        {
            return IccEstimates.AllSame(IccEstimate.Undefined);
        }

        if (!ratings.ContainsAnyExcept(ratings[0]))
        {
            return IccEstimates.AllSame(IccEstimate.Constant);
        }

        return IccFormulas.Estimate(IccAnova.Of(ratings, n, k, raterMeans), quantiles, withType2);
    }

    private static string Names(IReadOnlyCollection<int> indices, string[] names)
    {
        var shown = indices.Take(5).Select(i => $"'{names[i]}'");
        return string.Join(", ", shown) + (indices.Count > 5 ? $" and {indices.Count - 5} more" : "");
    }

    private sealed class Scratch(int subjects, int raters)
    {
        public double[] Ratings { get; } = new double[subjects * raters];

        public double[] RaterMeans { get; } = new double[raters];
    }
}
