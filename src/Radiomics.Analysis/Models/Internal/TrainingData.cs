using System.Globalization;
using System.Security.Cryptography;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// The numbers a fit needs, taken from a <see cref="FeatureTable"/> once and checked: the predictor columns (no missing
/// values), and the outcome as 0/1 labels or as times and event flags. Errors name the column and the row.
/// </summary>
internal sealed class TrainingData
{
    private TrainingData(string[] ids, string[] featureNames, double[][] columns, double[]? label, double[]? time, bool[]? died)
    {
        Ids = ids;
        FeatureNames = featureNames;
        Columns = columns;
        Label = label;
        Time = time;
        Died = died;
    }

    public string[] Ids { get; }

    public string[] FeatureNames { get; }

    /// <summary>One array per predictor, over all rows.</summary>
    public double[][] Columns { get; }

    /// <summary>The binary outcome as 0/1 (logistic).</summary>
    public double[]? Label { get; }

    /// <summary>The follow-up times (Cox).</summary>
    public double[]? Time { get; }

    /// <summary>The event flags (Cox).</summary>
    public bool[]? Died { get; }

    public int Rows => Ids.Length;

    public int Features => FeatureNames.Length;

    /// <summary>The loss over the rows at <paramref name="rows"/> (all rows when null), in that order.</summary>
    public IPenalisedLoss CreateLoss(IReadOnlyList<int>? rows) =>
        Label is not null ? new LogisticLoss(Pick(Label, rows)) : new CoxLoss(RiskSets(rows));

    /// <summary>The survival outcome over the rows at <paramref name="rows"/> (all rows when null).</summary>
    public SurvivalRiskSets RiskSets(IReadOnlyList<int>? rows) => new(Pick(Time!, rows), Pick(Died!, rows));

    /// <summary>The same data restricted to the rows at <paramref name="rows"/>, in that order (a bootstrap sample may repeat rows).</summary>
    public TrainingData Subset(IReadOnlyList<int> rows) =>
        new(Pick(Ids, rows), FeatureNames, Columns.Select(c => Pick(c, rows)).ToArray(),
            Label is null ? null : Pick(Label, rows), Time is null ? null : Pick(Time, rows), Died is null ? null : Pick(Died, rows));

    private static T[] Pick<T>(T[] values, IReadOnlyList<int>? rows) => rows is null ? values : rows.Select(r => values[r]).ToArray();

    /// <summary>Reads and checks the predictors and outcome <paramref name="settings"/> name from <paramref name="table"/>.</summary>
    public static TrainingData From(FeatureTable table, ModelSettings settings)
    {
        var excluded = new HashSet<string>(settings.Outcome.Columns(), StringComparer.Ordinal);
        if (settings.CrossValidation.FoldColumn is { } foldColumn)
        {
            excluded.Add(foldColumn);
        }

        string[] names = settings.Features?.ToArray() ?? table.FeatureNames.Where(f => !excluded.Contains(f)).ToArray();
        if (names.Length == 0)
        {
            throw new ModelException("The table has no predictor features.");
        }

        var missing = names.Where(f => table.IndexOfFeature(f) < 0).ToList();
        if (missing.Count > 0)
        {
            throw new ModelException($"The table has no feature{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))}.");
        }

        foreach (string name in names.Where(excluded.Contains))
        {
            throw new ModelException($"'{name}' is an outcome or fold column and cannot be a predictor.");
        }

        var columns = names.Select(f => ReadFeature(table, f)).ToArray();
        string[] ids = [.. table.Ids];
        if (settings.Learner == Learner.Logistic)
        {
            return new TrainingData(ids, names, columns, OutcomeReader.ReadBinary(table, settings.Outcome.Label!, settings.Outcome.PositiveLabel), null, null);
        }

        var (time, died) = OutcomeReader.ReadSurvival(table, settings.Outcome);
        return new TrainingData(ids, names, columns, null, time, died);
    }

    /// <summary>The values of feature <paramref name="name"/>; a missing value is an error naming the feature and row.</summary>
    public static double[] ReadFeature(FeatureTable table, string name)
    {
        int j = table.IndexOfFeature(name);
        double[] values = table.Column(j).ToArray();
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ModelException($"Feature '{name}' has no finite value in row '{table.Ids[i]}' ({values[i]}); remove or impute it first.");
            }
        }

        return values;
    }

    /// <summary>The fold label of each row, numbered 0..K−1 in ascending numeric (else ordinal) label order.</summary>
    public static int[] ReadFolds(FeatureTable table, string column, out int count)
    {
        string[] text = OutcomeReader.ReadText(table, column);
        bool numeric = text.All(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        var labels = text.Distinct(StringComparer.Ordinal).ToList();
        if (numeric)
        {
            labels.Sort((a, b) => double.Parse(a, CultureInfo.InvariantCulture).CompareTo(double.Parse(b, CultureInfo.InvariantCulture)));
        }
        else
        {
            labels.Sort(StringComparer.Ordinal);
        }

        count = labels.Count;
        if (count < 3)
        {
            throw new ModelException($"Fold column '{column}' has {count} distinct value(s); cross-validation needs at least 3 folds.");
        }

        var index = labels.Select((l, k) => (l, k)).ToDictionary(p => p.l, p => p.k, StringComparer.Ordinal);
        return text.Select(t => index[t]).ToArray();
    }

    /// <summary>SHA-256 of the row ids, predictor names and values (IEEE bits) and the outcome, in that order.</summary>
    public string Sha256()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string id in Ids)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(id + "\n"));
        }

        for (int j = 0; j < Features; j++)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(FeatureNames[j] + "\n"));
            hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Columns[j].AsSpan()));
        }

        if (Label is not null)
        {
            hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Label.AsSpan()));
        }

        if (Time is not null && Died is not null)
        {
            hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Time.AsSpan()));
            hash.AppendData(Died.Select(d => d ? (byte)1 : (byte)0).ToArray());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

}
