using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Harmonisation;

/// <summary>Each sample's batch: the levels (ordinal order), each sample's level index, each level's samples in row order.</summary>
internal sealed class BatchAssignment
{
    private BatchAssignment(string[] levels, int[] batchOf)
    {
        Levels = levels;
        BatchOf = batchOf;
        Members = new int[levels.Length][];
        for (int b = 0; b < levels.Length; b++)
        {
            Members[b] = Enumerable.Range(0, batchOf.Length).Where(i => batchOf[i] == b).ToArray();
        }
    }

    public string[] Levels { get; }

    public int[] BatchOf { get; }

    public int[][] Members { get; }

    /// <summary>The batches of a fitting table: every distinct non-empty value of the batch column.</summary>
    public static BatchAssignment ForFit(FeatureTable table, string batchColumn)
    {
        IReadOnlyList<string> values = BatchValues(table, batchColumn);
        string[] levels = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = levels.Select((level, b) => (level, b)).ToDictionary(p => p.level, p => p.b, StringComparer.Ordinal);
        return new BatchAssignment(levels, values.Select(v => index[v]).ToArray());
    }

    /// <summary>The batches of a table a model is applied to, as indices into the model's batches; an unseen batch is an error.</summary>
    public static BatchAssignment ForApply(FeatureTable table, string batchColumn, IReadOnlyList<string> modelLevels)
    {
        IReadOnlyList<string> values = BatchValues(table, batchColumn);
        var index = modelLevels.Select((level, b) => (level, b)).ToDictionary(p => p.level, p => p.b, StringComparer.Ordinal);
        var batchOf = new int[values.Count];
        for (int i = 0; i < batchOf.Length; i++)
        {
            if (!index.TryGetValue(values[i], out batchOf[i]))
            {
                throw new FeatureTableException(
                    $"sample '{table.Ids[i]}': batch '{values[i]}' (column '{batchColumn}') was not seen when the model was fitted (batches: {string.Join(", ", modelLevels)})");
            }
        }

        return new BatchAssignment([.. modelLevels], batchOf);
    }

    private static IReadOnlyList<string> BatchValues(FeatureTable table, string batchColumn)
    {
        if (!table.HasColumn(batchColumn))
        {
            throw new FeatureTableException(table.IndexOfFeature(batchColumn) >= 0
                ? $"--batch: column '{batchColumn}' was read as a feature; name it among the table's non-feature columns"
                : $"--batch: the table has no column '{batchColumn}'");
        }

        IReadOnlyList<string> values = table.OtherColumn(batchColumn);
        for (int i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                throw new FeatureTableException($"sample '{table.Ids[i]}' (data row {i + 1}): no batch in column '{batchColumn}'");
            }
        }

        return values;
    }
}
