using Radiomics.Analysis.Selection.Internal;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Selection;

/// <summary>
/// Feature selection: runs a <see cref="SelectionPipeline"/> on a table's features and says which were kept, in order,
/// and why each other was dropped. Steps run in the order given, each on the features the previous one kept.
/// </summary>
/// <remarks>
/// <para>Candidates are the table's feature columns except the outcome's columns. A candidate with a missing (NaN) or
/// infinite value is dropped before the first step (method <see cref="SelectionNames.MissingValues"/>, with a warning):
/// the methods need complete data, and imputing is a modelling decision left to the user.</para>
/// <para>Order and ties: the features keep the table's column order through every filter; mRMR puts its picks in the
/// order chosen. Every tie (equal mean correlations, equal distances, equal scores) goes to the feature earlier in the
/// current order. Results are bit-identical for any thread count.</para>
/// </remarks>
public static class FeatureSelection
{
    /// <summary>Runs <paramref name="pipeline"/> on <paramref name="table"/>.</summary>
    /// <param name="table">The feature table, with the outcome columns the pipeline names.</param>
    /// <param name="pipeline">The selection steps, in order.</param>
    /// <param name="parallel">Parallelism of the correlation matrices and tests; null for one worker per processor.</param>
    /// <exception cref="SelectionException">The pipeline is invalid, the table has fewer than two rows, or the outcome is missing or unusable.</exception>
    public static SelectionResult Run(FeatureTable table, SelectionPipeline pipeline, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.Validate();
        if (table.RowCount < 2)
        {
            throw new SelectionException($"the table has {table.RowCount} row(s); selection needs at least two");
        }

        ResolvedOutcome? outcome = pipeline.Outcome is null ? null : ResolvedOutcome.Read(table, pipeline.Outcome);
        var context = new SelectionContext(table, outcome, ParallelDefaults.OrDefault(parallel));
        var warnings = new List<string>();
        var dropped = new List<DroppedFeature>();
        List<int> features = Candidates(table, pipeline, dropped, warnings);
        foreach (SelectionStep step in pipeline.Steps)
        {
            StepResult result = step switch
            {
                VarianceSettings s => VarianceFilter.Apply(context, s, features),
                RobustSettings s => RobustFilter.Apply(context, s, features),
                CorrelationFilterSettings s => CorrelationFilter.Apply(context, s, features),
                ClusterSettings s => ClusterFilter.Apply(context, s, features),
                MrmrSettings s => MrmrFilter.Apply(context, s, features),
                UnivariateSettings s => UnivariateFilter.Apply(context, s, features),
                _ => throw new SelectionException($"--method: unsupported step {step.GetType().Name}"),
            };
            features = result.Kept;
            dropped.AddRange(result.Dropped);
        }

        return new SelectionResult
        {
            Selected = features.Select(f => table.FeatureNames[f]).ToArray(),
            Dropped = dropped,
            Methods = pipeline.Steps,
            Outcome = pipeline.Outcome,
            Provenance = AnalysisProvenance.For(table, SelectionJson.SettingsJson(pipeline.Steps, pipeline.Outcome)),
            Warnings = warnings,
        };
    }

    private static List<int> Candidates(FeatureTable table, SelectionPipeline pipeline, List<DroppedFeature> dropped, List<string> warnings)
    {
        var outcomeColumns = pipeline.ColumnsUsed.ToHashSet(StringComparer.Ordinal);
        var candidates = new List<int>();
        var incomplete = new List<string>();
        for (int f = 0; f < table.FeatureCount; f++)
        {
            string name = table.FeatureNames[f];
            if (outcomeColumns.Contains(name))
            {
                continue;
            }

            ReadOnlySpan<double> column = table.Column(f);
            int bad = 0, first = -1;
            for (int i = 0; i < column.Length; i++)
            {
                if (!double.IsFinite(column[i]))
                {
                    bad++;
                    first = first < 0 ? i : first;
                }
            }

            if (bad == 0)
            {
                candidates.Add(f);
                continue;
            }

            string what = double.IsNaN(column[first]) ? "missing (NaN)" : "infinite";
            dropped.Add(new DroppedFeature(name, SelectionNames.MissingValues, $"{bad} of {column.Length} rows missing or infinite (first: {what} in row '{table.Ids[first]}')"));
            incomplete.Add(name);
        }

        if (incomplete.Count > 0)
        {
            string names = string.Join(", ", incomplete.Take(5)) + (incomplete.Count > 5 ? ", …" : "");
            warnings.Add($"{incomplete.Count} feature(s) with missing or infinite values dropped before selection: {names}");
        }

        return candidates;
    }
}
