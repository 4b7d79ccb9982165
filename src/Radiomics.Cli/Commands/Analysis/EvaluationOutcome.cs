using System.Globalization;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// The outcome columns of a predictions table as <c>model evaluate</c> reads them: a binary column (cases = the positive
/// value; exactly one other value), or a time column (finite, non-negative numbers) and an event column (<c>1</c> =
/// event, <c>0</c> = censored). Each problem is one line naming the column, the row and the value.
/// </summary>
internal static class EvaluationOutcome
{
    public static bool[] Binary(FeatureTable table, ModelOutcome outcome)
    {
        IReadOnlyList<string> values = Column(table, outcome.Label!, "--outcome");
        string[] levels = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (!levels.Contains(outcome.PositiveLabel, StringComparer.Ordinal) || levels.Length != 2)
        {
            throw new InputException($"--outcome {outcome.Label}: the column must hold the case value '{outcome.PositiveLabel}' and one other value; it holds {Describe(levels)}");
        }

        return values.Select(v => v == outcome.PositiveLabel).ToArray();
    }

    public static (double[] Time, bool[] Died) Survival(FeatureTable table, ModelOutcome outcome)
    {
        IReadOnlyList<string> times = Column(table, outcome.Time!, "--time");
        IReadOnlyList<string> events = Column(table, outcome.Event!, "--event");
        var time = new double[table.RowCount];
        var died = new bool[table.RowCount];
        for (int i = 0; i < time.Length; i++)
        {
            if (!double.TryParse(times[i], NumberStyles.Float, CultureInfo.InvariantCulture, out time[i]) || !double.IsFinite(time[i]) || time[i] < 0)
            {
                throw new InputException($"--time {outcome.Time}: row {i + 1} ('{table.Ids[i]}') has '{times[i]}', not a finite non-negative time");
            }

            died[i] = events[i] == outcome.EventValue || (events[i] == "0" ? false : throw new InputException(
                $"--event {outcome.Event}: row {i + 1} ('{table.Ids[i]}') has '{events[i]}'; use {outcome.EventValue} for an event and 0 for censored"));
        }

        return (time, died);
    }

    /// <summary>A numeric column's values; a missing value is an error naming the row.</summary>
    public static double[] Score(FeatureTable table, string column, string option)
    {
        int j = table.IndexOfFeature(column);
        if (j < 0)
        {
            throw new InputException($"{option} {column}: the table has no numeric column '{column}' (numeric columns: {Describe(table.FeatureNames)})");
        }

        double[] values = table.Column(j).ToArray();
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new InputException($"{option} {column}: row {i + 1} ('{table.Ids[i]}') has no finite value");
            }
        }

        return values;
    }

    private static IReadOnlyList<string> Column(FeatureTable table, string name, string option) =>
        table.HasColumn(name) ? table.OtherColumn(name) : throw new InputException($"{option} {name}: the table has no column '{name}'");

    private static string Describe(IReadOnlyList<string> names) =>
        names.Count == 0 ? "none" : string.Join(", ", names.Take(10).Select(n => $"'{n}'")) + (names.Count > 10 ? ", …" : "");
}
