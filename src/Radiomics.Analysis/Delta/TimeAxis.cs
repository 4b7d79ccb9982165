using System.Globalization;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Delta;

/// <summary>
/// The time points of a long table in order, and each row's position among them (see <see cref="DeltaOptions"/> for
/// the ordering rule). Numeric time points are keyed by value ("7" and "7.0" are one point, shown as first written).
/// </summary>
internal sealed class TimeAxis
{
    private TimeAxis(string[] labels, double[]? values, int[] rowPoints)
    {
        Labels = labels;
        Values = values;
        RowPoints = rowPoints;
    }

    /// <summary>The time points in order, as written in the table.</summary>
    public string[] Labels { get; }

    /// <summary>Their numeric values, or null when the time column is not numeric.</summary>
    public double[]? Values { get; }

    /// <summary>Each row's time point (an index into <see cref="Labels"/>).</summary>
    public int[] RowPoints { get; }

    public static TimeAxis Read(FeatureTable table, DeltaOptions options)
    {
        string column = options.TimeColumn;
        string[] text;
        double[]? numbers;
        int feature = table.IndexOfFeature(column);
        if (feature >= 0)
        {
            numbers = table.Column(feature).ToArray();
            int missing = Array.FindIndex(numbers, v => !double.IsFinite(v));
            if (missing >= 0)
            {
                throw new DeltaException($"Time column '{column}': row {missing + 1} ({table.Ids[missing]}) has no time value.");
            }

            text = [.. numbers.Select(v => v.ToString("R", CultureInfo.InvariantCulture))];
        }
        else if (table.HasColumn(column))
        {
            text = [.. table.OtherColumn(column)];
            int empty = Array.FindIndex(text, string.IsNullOrWhiteSpace);
            if (empty >= 0)
            {
                throw new DeltaException($"Time column '{column}': row {empty + 1} ({table.Ids[empty]}) has no time value.");
            }

            numbers = ParseAll(text);
        }
        else
        {
            throw new DeltaException($"The table has no time column '{column}'.");
        }

        // Distinct points keyed by value when numeric, by text otherwise, in order of first appearance.
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new List<string>();
        var values = new List<double>();
        var rowPoints = new int[text.Length];
        for (int r = 0; r < text.Length; r++)
        {
            string key = numbers is null ? text[r] : numbers[r].ToString("R", CultureInfo.InvariantCulture);
            if (!keys.TryGetValue(key, out int point))
            {
                point = labels.Count;
                keys.Add(key, point);
                labels.Add(text[r]);
                values.Add(numbers?[r] ?? double.NaN);
            }

            rowPoints[r] = point;
        }

        int[] order = Order(labels, numbers is null ? null : values, options.TimeOrder, column);
        var rank = new int[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        return new TimeAxis(
            [.. order.Select(i => labels[i])],
            numbers is null ? null : [.. order.Select(i => values[i])],
            [.. rowPoints.Select(p => rank[p])]);
    }

    /// <summary>The index of the time point written <paramref name="label"/>, or -1.</summary>
    public int IndexOf(string label)
    {
        if (Values is not null && double.TryParse(label, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            return Array.IndexOf(Values, value);
        }

        return Array.IndexOf(Labels, label);
    }

    /// <summary>The points' order: by the given list, else by value when numeric, else as they appeared.</summary>
    private static int[] Order(List<string> labels, List<double>? values, IReadOnlyList<string>? given, string column)
    {
        int[] indices = [.. Enumerable.Range(0, labels.Count)];
        if (given is not null)
        {
            var position = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < given.Count; i++)
            {
                position.TryAdd(given[i], i);
            }

            string? unlisted = labels.FirstOrDefault(l => !position.ContainsKey(l));
            if (unlisted is not null)
            {
                throw new DeltaException($"Time column '{column}': the value '{unlisted}' is not in the given time order ({string.Join(", ", given)}).");
            }

            return [.. indices.OrderBy(i => position[labels[i]])];
        }

        return values is null ? indices : [.. indices.OrderBy(i => values[i])];
    }

    private static double[]? ParseAll(string[] text)
    {
        var numbers = new double[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            if (!double.TryParse(text[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                return null;
            }
        }

        return numbers;
    }
}
