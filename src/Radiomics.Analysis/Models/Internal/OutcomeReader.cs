using System.Globalization;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// Reads an outcome from a table, from a non-feature (text) column or a numeric feature column alike: binary labels as
/// 0/1, survival times and event flags. Every problem is a one-line <see cref="ModelException"/> naming the column and row.
/// </summary>
internal static class OutcomeReader
{
    /// <summary>Times (finite, non-negative) and event flags of <paramref name="outcome"/>; at least one event.</summary>
    internal static (double[] Time, bool[] Died) ReadSurvival(FeatureTable table, ModelOutcome outcome)
    {
        double[] time = ReadNumbers(table, outcome.Time!);
        for (int i = 0; i < time.Length; i++)
        {
            if (!(time[i] >= 0) || double.IsInfinity(time[i]))
            {
                throw new ModelException($"Time column '{outcome.Time}' has the value {time[i]} in row '{table.Ids[i]}'; times must be finite and non-negative.");
            }
        }

        bool[] died = ReadEvents(table, outcome.Event!, outcome.EventValue);
        if (!died.Any(d => d))
        {
            throw new ModelException($"Event column '{outcome.Event}' has no event ('{outcome.EventValue}'); a Cox model needs at least one.");
        }

        return (time, died);
    }

    internal static double[] ReadBinary(FeatureTable table, string column, string positive)
    {
        string[] text = ReadText(table, column);
        bool positiveIsNumber = double.TryParse(positive, NumberStyles.Float, CultureInfo.InvariantCulture, out double positiveValue);
        var y = new double[text.Length];
        string? negative = null;
        for (int i = 0; i < text.Length; i++)
        {
            string value = text[i];
            bool isPositive = value == positive
                || (positiveIsNumber && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v == positiveValue);
            if (isPositive)
            {
                y[i] = 1;
                continue;
            }

            negative ??= value;
            if (!SameLabel(value, negative))
            {
                throw new ModelException($"Outcome column '{column}' has a third value '{value}' in row '{table.Ids[i]}' (besides '{positive}' and '{negative}'); a logistic model needs two classes.");
            }
        }

        if (negative is null || y.All(v => v == 0))
        {
            throw new ModelException($"Outcome column '{column}' has one class only ({(negative is null ? positive : negative)}); a logistic model needs cases ('{positive}') and controls.");
        }

        return y;
    }

    internal static bool SameLabel(string a, string b) =>
        a == b || (double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out double x)
                   && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out double y) && x == y);

    internal static bool[] ReadEvents(FeatureTable table, string column, string eventValue)
    {
        string[] text = ReadText(table, column);
        var died = new bool[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            if (SameLabel(text[i], eventValue))
            {
                died[i] = true;
            }
            else if (!SameLabel(text[i], "0"))
            {
                throw new ModelException($"Event column '{column}' has the value '{text[i]}' in row '{table.Ids[i]}'; expected '{eventValue}' (event) or '0' (censored).");
            }
        }

        return died;
    }

    internal static double[] ReadNumbers(FeatureTable table, string column)
    {
        int j = table.IndexOfFeature(column);
        if (j >= 0)
        {
            return table.Column(j).ToArray();
        }

        string[] text = ReadText(table, column);
        var values = new double[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            if (!double.TryParse(text[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                throw new ModelException($"Column '{column}' has the non-numeric value '{text[i]}' in row '{table.Ids[i]}'.");
            }
        }

        return values;
    }

    // A column's values as text: a non-feature column as it is (trimmed), a feature column formatted round-trip.
    internal static string[] ReadText(FeatureTable table, string column)
    {
        string[] text;
        if (table.HasColumn(column))
        {
            text = table.OtherColumn(column).Select(v => v.Trim()).ToArray();
        }
        else if (table.IndexOfFeature(column) is var j and >= 0)
        {
            text = table.Column(j).ToArray().Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray();
        }
        else
        {
            throw new ModelException($"The table has no column '{column}'.");
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (text[i].Length == 0 || text[i] is "NA" or "NaN" or "nan")
            {
                throw new ModelException($"Column '{column}' has a missing value in row '{table.Ids[i]}'.");
            }
        }

        return text;
    }
}
