using System.Globalization;
using Radiomics.Analysis.Tables;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// <c>delta --time</c>: the order of the time-point labels from a numeric time column. Each label stands at the mean time
/// of its rows (ties: first appearance); every subject must have its labels in that order, or the order would mean
/// different things for different subjects.
/// </summary>
internal static class DeltaTimeOrder
{
    /// <exception cref="InputException">A time value is missing or not a number, or a subject has its time points in another order.</exception>
    public static IReadOnlyList<string> ByTime(FeatureTable table, string subject, string timepoint, string time)
    {
        if (!table.HasColumn(time))
        {
            throw new InputException($"--time {time}: the table has no such column");
        }

        if (!table.HasColumn(timepoint))
        {
            throw new InputException($"--timepoint {timepoint}: the table has no such column");
        }

        if (!table.HasColumn(subject))
        {
            throw new InputException($"--subject {subject}: the table has no such column");
        }

        IReadOnlyList<string> labels = table.OtherColumn(timepoint), subjects = table.OtherColumn(subject), text = table.OtherColumn(time);
        var values = new double[text.Count];
        for (int r = 0; r < text.Count; r++)
        {
            if (!double.TryParse(text[r], NumberStyles.Float, CultureInfo.InvariantCulture, out values[r]) || !double.IsFinite(values[r]))
            {
                throw new InputException($"--time {time}: row {r + 1} ({table.Ids[r]}) has '{text[r]}', not a number");
            }
        }

        string[] distinct = [.. labels.Distinct(StringComparer.Ordinal)];
        var mean = distinct.ToDictionary(l => l, l => Enumerable.Range(0, labels.Count).Where(r => labels[r] == l).Average(r => values[r]), StringComparer.Ordinal);
        string[] order = [.. distinct.Select((label, first) => (label, first)).OrderBy(p => mean[p.label]).ThenBy(p => p.first).Select(p => p.label)];
        var rank = order.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        foreach (var rows in Enumerable.Range(0, labels.Count).GroupBy(r => subjects[r], StringComparer.Ordinal))
        {
            int[] sorted = [.. rows.OrderBy(r => values[r])];
            for (int i = 1; i < sorted.Length; i++)
            {
                int before = sorted[i - 1], after = sorted[i];
                if (rank[labels[before]] > rank[labels[after]])
                {
                    throw new InputException(string.Create(CultureInfo.InvariantCulture,
                        $"--time {time}: subject '{rows.Key}' has {timepoint} '{labels[before]}' ({time} {values[before]}) before '{labels[after]}' ({time} {values[after]}), the reverse of the other subjects' order"));
                }
            }
        }

        return order;
    }
}
