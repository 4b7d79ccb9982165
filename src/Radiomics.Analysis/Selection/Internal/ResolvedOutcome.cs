using System.Globalization;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Models.Internal;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Selection.Internal;

/// <summary>
/// The outcome's values read from the table once: a column as numbers (a two-valued text column coded 0/1 in order of
/// first appearance) with its binary split when it has two values, or survival times and event flags.
/// </summary>
internal sealed class ResolvedOutcome
{
    private ResolvedOutcome(string description)
    {
        Description = description;
    }

    /// <summary>How the outcome is named in messages: <c>--outcome 'y'</c> or <c>--time 't' / --event 'e'</c>.</summary>
    public string Description { get; }

    /// <summary>The column's values as numbers (null for survival).</summary>
    public double[]? Values { get; private init; }

    /// <summary>Rows in the second of two classes (null unless the column is binary).</summary>
    public bool[]? IsCase { get; private init; }

    public int DistinctValues { get; private init; }

    public double[]? Time { get; private init; }

    public bool[]? Died { get; private init; }

    public bool IsSurvival => Time is not null;

    public static ResolvedOutcome Read(FeatureTable table, SelectionOutcome outcome)
    {
        if (outcome.IsSurvival)
        {
            try
            {
                (double[] time, bool[] died) = OutcomeReader.ReadSurvival(table, ModelOutcome.Survival(outcome.Time!, outcome.Event!, outcome.EventValue));
                return new ResolvedOutcome($"--time '{outcome.Time}' / --event '{outcome.Event}'") { Time = time, Died = died };
            }
            catch (ModelException e)
            {
                throw new SelectionException(e.Message, e);
            }
        }

        string column = outcome.Column!;
        string description = $"--outcome '{column}'";
        double[] values = ReadColumn(table, column, description);
        double[] distinct = values.Distinct().Order().ToArray();
        if (distinct.Length < 2)
        {
            throw new SelectionException($"{description}: the outcome has one value only ({distinct.FirstOrDefault().ToString(CultureInfo.InvariantCulture)})");
        }

        return new ResolvedOutcome(description)
        {
            Values = values,
            DistinctValues = distinct.Length,
            IsCase = distinct.Length == 2 ? values.Select(v => v == distinct[1]).ToArray() : null,
        };
    }

    /// <summary>The binary split, or an error naming <paramref name="method"/> when the outcome is not binary.</summary>
    public bool[] RequireBinary(string method) =>
        IsCase ?? throw new SelectionException(IsSurvival
            ? $"{method}: internal misuse, a survival outcome has no classes"
            : $"{Description}: {method} needs a binary outcome (two values) or a survival outcome; the column has {DistinctValues} distinct values");

    private static double[] ReadColumn(FeatureTable table, string column, string description)
    {
        int feature = table.IndexOfFeature(column);
        if (feature >= 0)
        {
            double[] numbers = table.Column(feature).ToArray();
            int bad = Array.FindIndex(numbers, v => !double.IsFinite(v));
            return bad < 0 ? numbers : throw new SelectionException($"{description}: missing or infinite value in row '{table.Ids[bad]}'");
        }

        if (!table.HasColumn(column))
        {
            throw new SelectionException($"{description}: the table has no column '{column}'");
        }

        string[] text = table.OtherColumn(column).Select(v => v.Trim()).ToArray();
        int missing = Array.FindIndex(text, v => v.Length == 0 || v is "NA" or "NaN" or "nan" or "null");
        if (missing >= 0)
        {
            throw new SelectionException($"{description}: missing value in row '{table.Ids[missing]}'");
        }

        var parsed = new double[text.Length];
        bool numeric = true;
        for (int i = 0; i < text.Length && numeric; i++)
        {
            numeric = double.TryParse(text[i], NumberStyles.Float, CultureInfo.InvariantCulture, out parsed[i]) && double.IsFinite(parsed[i]);
        }

        if (numeric)
        {
            return parsed;
        }

        string[] labels = text.Distinct(StringComparer.Ordinal).ToArray();
        if (labels.Length > 2)
        {
            throw new SelectionException($"{description}: text labels with {labels.Length} values ('{labels[0]}', '{labels[1]}', '{labels[2]}', …); an outcome needs two labels or numbers");
        }

        return text.Select(v => v == labels[0] ? 0.0 : 1.0).ToArray();
    }
}
