using System.Globalization;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Delta;

/// <summary>
/// Delta-radiomics: per subject, the change of every feature between the time points of a long feature table (one row
/// per subject and time point), as a difference, a relative change or a least-squares slope over time
/// (<see cref="DeltaMode"/>; the ordering and baseline rules are on <see cref="DeltaOptions"/>).
/// </summary>
/// <remarks>
/// A subject without a row for a time point that subjects on its schedule have (their time points a strict superset
/// of its own) is kept and named in a warning; its deltas use the time points it has. A subject without the given
/// baseline time point gets no difference or relative rows, with a warning. The same subject and time point twice is
/// an error. NaN values propagate (a slope skips them, with a warning).
/// </remarks>
public static class DeltaRadiomics
{
    /// <summary>The deltas of <paramref name="table"/>.</summary>
    /// <exception cref="DeltaException">A missing column, a repeated subject and time point, a baseline or order value the table does not hold, or a slope on a non-numeric time column.</exception>
    public static DeltaResult Compute(FeatureTable table, DeltaOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        string[] subjects = Subjects(table, options.SubjectColumn);
        TimeAxis time = TimeAxis.Read(table, options);
        int[] features = FeatureColumns(table, options);
        var warnings = new List<string>();
        List<(string Subject, int[] Rows)> groups = Group(subjects, time, options.TimeColumn);
        WarnMissingTimePoints(groups, time, options.TimeColumn, warnings);
        return options.Mode == DeltaMode.Slope
            ? Slopes(table, options, time, features, groups, warnings)
            : Changes(table, options, time, features, groups, warnings);
    }

    private static DeltaResult Changes(FeatureTable table, DeltaOptions options, TimeAxis time, int[] features, List<(string Subject, int[] Rows)> groups, List<string> warnings)
    {
        int fixedBaseline = -1;
        if (options.Baseline is not null && (fixedBaseline = time.IndexOf(options.Baseline)) < 0)
        {
            throw new DeltaException($"Time column '{options.TimeColumn}': the baseline '{options.Baseline}' is not a time point of the table.");
        }

        bool relative = options.Mode == DeltaMode.Relative;
        var ids = new List<string>();
        var timeText = new List<string>();
        var baselineText = new List<string>();
        var columns = features.Select(_ => new List<double>()).ToArray();
        foreach ((string subject, int[] rows) in groups)
        {
            int baseline = fixedBaseline < 0 ? rows[0] : rows.FirstOrDefault(r => time.RowPoints[r] == fixedBaseline, -1);
            if (baseline < 0)
            {
                warnings.Add($"Subject '{subject}' has no row for the baseline {options.TimeColumn} = {options.Baseline}: no deltas for it.");
                continue;
            }

            foreach (int row in rows.Where(r => r != baseline))
            {
                ids.Add(subject);
                timeText.Add(time.Labels[time.RowPoints[row]]);
                baselineText.Add(time.Labels[time.RowPoints[baseline]]);
                for (int f = 0; f < features.Length; f++)
                {
                    double start = table[baseline, features[f]], value = table[row, features[f]];
                    if (!relative)
                    {
                        columns[f].Add(value - start);
                    }
                    else if (Math.Abs(start) < options.RelativeGuard)
                    {
                        columns[f].Add(double.NaN);
                        warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Subject '{subject}', feature '{table.FeatureNames[features[f]]}': the baseline value {start} is below the relative guard {options.RelativeGuard} in magnitude; relative change set to NaN."));
                    }
                    else
                    {
                        columns[f].Add((value - start) / start);
                    }
                }
            }
        }

        var others = new List<KeyValuePair<string, string[]>>();
        if (options.SubjectColumn is not null)
        {
            others.Add(KeyValuePair.Create(options.SubjectColumn, ids.ToArray()));
        }

        others.Add(KeyValuePair.Create(options.TimeColumn, timeText.ToArray()));
        others.Add(KeyValuePair.Create("baseline", baselineText.ToArray()));
        var result = new FeatureTable(ids, [.. features.Select(f => table.FeatureNames[f])], [.. columns.Select(c => c.ToArray())], others);
        return new DeltaResult(result, time.Labels, warnings);
    }

    private static DeltaResult Slopes(FeatureTable table, DeltaOptions options, TimeAxis time, int[] features, List<(string Subject, int[] Rows)> groups, List<string> warnings)
    {
        if (time.Values is null)
        {
            throw new DeltaException($"Time column '{options.TimeColumn}': a slope needs numeric time points, and '{time.Labels.First(l => !double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out _))}' is not a number.");
        }

        var columns = features.Select(_ => new double[groups.Count]).ToArray();
        for (int s = 0; s < groups.Count; s++)
        {
            (string subject, int[] rows) = groups[s];
            for (int f = 0; f < features.Length; f++)
            {
                int[] used = [.. rows.Where(r => double.IsFinite(table[r, features[f]]))];
                double[] t = [.. used.Select(r => time.Values[time.RowPoints[r]])];
                double[] y = [.. used.Select(r => table[r, features[f]])];
                columns[f][s] = Slope(t, y);
                string feature = table.FeatureNames[features[f]];
                if (used.Length < rows.Length)
                {
                    warnings.Add($"Subject '{subject}', feature '{feature}': slope over {used.Length} of {rows.Length} time points (non-finite values skipped).");
                }

                if (double.IsNaN(columns[f][s]))
                {
                    warnings.Add($"Subject '{subject}', feature '{feature}': no slope (fewer than two distinct time points with a value).");
                }
            }
        }

        string[] ids = [.. groups.Select(g => g.Subject)];
        var others = new List<KeyValuePair<string, string[]>>();
        if (options.SubjectColumn is not null)
        {
            others.Add(KeyValuePair.Create(options.SubjectColumn, ids));
        }

        others.Add(KeyValuePair.Create("timepoints", groups.Select(g => g.Rows.Length.ToString(CultureInfo.InvariantCulture)).ToArray()));
        var result = new FeatureTable(ids, [.. features.Select(f => table.FeatureNames[f])], columns, others);
        return new DeltaResult(result, time.Labels, warnings);
    }

    /// <summary>Σ(t − t̄)(y − ȳ) / Σ(t − t̄)²; NaN with fewer than two distinct times.</summary>
    private static double Slope(double[] t, double[] y)
    {
        if (t.Length < 2)
        {
            return double.NaN;
        }

        double meanT = t.Average(), meanY = y.Average();
        double numerator = 0, denominator = 0;
        for (int i = 0; i < t.Length; i++)
        {
            numerator += (t[i] - meanT) * (y[i] - meanY);
            denominator += (t[i] - meanT) * (t[i] - meanT);
        }

        return denominator > 0 ? numerator / denominator : double.NaN;
    }

    private static string[] Subjects(FeatureTable table, string? column)
    {
        if (column is null)
        {
            return [.. table.Ids];
        }

        return table.HasColumn(column) ? [.. table.OtherColumn(column)] : throw new DeltaException($"The table has no subject column '{column}'.");
    }

    private static int[] FeatureColumns(FeatureTable table, DeltaOptions options)
    {
        if (options.Features is null)
        {
            return [.. Enumerable.Range(0, table.FeatureCount).Where(f => table.FeatureNames[f] != options.TimeColumn)];
        }

        return [.. options.Features.Select(name => table.IndexOfFeature(name) is var f and >= 0 ? f : throw new DeltaException($"The table has no feature '{name}'."))];
    }

    /// <summary>Each subject's rows in time order, subjects in order of first appearance; a repeated subject and time point is an error.</summary>
    private static List<(string Subject, int[] Rows)> Group(string[] subjects, TimeAxis time, string timeColumn)
    {
        var order = new List<string>();
        var rows = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int r = 0; r < subjects.Length; r++)
        {
            if (!rows.TryGetValue(subjects[r], out List<int>? list))
            {
                rows[subjects[r]] = list = [];
                order.Add(subjects[r]);
            }

            int clash = list.FindIndex(other => time.RowPoints[other] == time.RowPoints[r]);
            if (clash >= 0)
            {
                throw new DeltaException($"Subject '{subjects[r]}' has two rows for {timeColumn} = {time.Labels[time.RowPoints[r]]} (rows {list[clash] + 1} and {r + 1}).");
            }

            list.Add(r);
        }

        return [.. order.Select(s => (s, rows[s].OrderBy(r => time.RowPoints[r]).ToArray()))];
    }

    /// <summary>
    /// Names every subject missing a time point: one that a subject has whose time points include all of this subject's
    /// and more (a strict superset). Subjects on different schedules (days 0, 14, 28 against 0, 7, 21) are not flagged
    /// against each other; a subject lacking day 21 of the 0, 7, 21, 35 schedule others follow is.
    /// </summary>
    private static void WarnMissingTimePoints(List<(string Subject, int[] Rows)> groups, TimeAxis time, string timeColumn, List<string> warnings)
    {
        HashSet<int>[] schedules = [.. groups.Select(g => g.Rows.Select(r => time.RowPoints[r]).ToHashSet())];
        for (int s = 0; s < groups.Count; s++)
        {
            var missing = new SortedSet<int>();
            foreach (HashSet<int> other in schedules)
            {
                if (schedules[s].IsProperSubsetOf(other))
                {
                    missing.UnionWith(other.Except(schedules[s]));
                }
            }

            if (missing.Count > 0)
            {
                warnings.Add($"Subject '{groups[s].Subject}' has no row for {timeColumn} = {string.Join(", ", missing.Select(p => time.Labels[p]))}, which subjects with its other time points have; its deltas use the time points it has.");
            }
        }
    }
}
