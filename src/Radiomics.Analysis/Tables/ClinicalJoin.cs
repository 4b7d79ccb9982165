namespace Radiomics.Analysis.Tables;

/// <summary>
/// Adds the columns of a second table (clinical data) to a main table, matched on the ID: every main row must find
/// exactly one clinical row; the clinical table's IDs must be unique; a clinical column named like a main column is an
/// error. Clinical rows no main row asks for are ignored.
/// </summary>
internal static class ClinicalJoin
{
    public static void Join(RawTable main, RawColumn mainIds, RawTable clinical, RawColumn clinicalIds)
    {
        var rowOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int row = 0; row < clinical.RowCount; row++)
        {
            string id = clinicalIds.Text(row);
            if (!rowOfId.TryAdd(id, row))
            {
                throw new FeatureTableException($"{clinical.Where(row)}: ID '{id}' appears twice (first at {clinical.RowUnit} {clinical.RowPositions[rowOfId[id]]})");
            }
        }

        var order = new int[main.RowCount];
        for (int row = 0; row < main.RowCount; row++)
        {
            string id = mainIds.Text(row);
            if (!rowOfId.TryGetValue(id, out order[row]))
            {
                throw new FeatureTableException($"{clinical.Source}: no row for ID '{id}' ({main.Where(row)})");
            }
        }

        foreach (RawColumn column in clinical.Columns)
        {
            if (ReferenceEquals(column, clinicalIds))
            {
                continue;
            }

            if (main.Find(column.Name) is not null)
            {
                throw new FeatureTableException($"{clinical.Source}: column '{column.Name}' is also in {main.Source}");
            }

            RawColumn joined = column.Reorder(order);
            joined.FromClinical = true;
            main.Columns.Add(joined);
        }
    }
}
