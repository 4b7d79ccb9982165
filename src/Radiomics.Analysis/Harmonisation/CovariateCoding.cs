using Radiomics.Analysis.Tables;
using Radiomics.IO.Csv;

namespace Radiomics.Analysis.Harmonisation;

/// <summary>
/// The covariate part of ComBat's design matrix, built as R's <c>model.matrix(~ A + B)</c> builds it (intercept left
/// out: sva drops it): a numeric covariate is one column; a categorical one a 0/1 column per level but the first
/// (levels in ordinal order). As sva, a column equal to 1 for every sample is dropped (with a warning).
/// </summary>
internal static class CovariateCoding
{
    /// <summary>Codes the settings' covariates on the fitting table: the covariates, the design columns, and their values (values[c][sample]).</summary>
    public static (CombatCovariate[] Covariates, List<(string Name, string Covariate, string? Level)> Columns, List<double[]> Values) ForFit(
        CombatSettings settings, FeatureTable table, List<string> warnings)
    {
        var covariates = new List<CombatCovariate>();
        var columns = new List<(string, string, string?)>();
        var values = new List<double[]>();
        foreach (string name in settings.Covariates)
        {
            IReadOnlyList<string> text = Column(table, name);
            double[]? numbers = settings.CategoricalCovariates.Contains(name) ? null : TryNumbers(text);
            if (numbers is not null)
            {
                covariates.Add(new CombatCovariate(name, CovariateKind.Numeric, []));
                Add(name, name, null, numbers);
                continue;
            }

            string[] levels = text.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            for (int i = 0; i < text.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(text[i]))
                {
                    throw new FeatureTableException($"sample '{table.Ids[i]}' (data row {i + 1}): covariate '{name}' is missing");
                }
            }

            covariates.Add(new CombatCovariate(name, CovariateKind.Categorical, levels));
            foreach (string level in levels.Skip(1))
            {
                Add(name + level, name, level, text.Select(v => v == level ? 1.0 : 0.0).ToArray());
            }
        }

        return (covariates.ToArray(), columns, values);

        void Add(string column, string covariate, string? level, double[] columnValues)
        {
            if (columnValues.All(v => v == 1))
            {
                warnings.Add($"design column '{column}' equals 1 for every sample and is dropped, as sva drops an intercept");
                return;
            }

            columns.Add((column, covariate, level));
            values.Add(columnValues);
        }
    }

    /// <summary>The model's design columns evaluated on the samples of <paramref name="table"/> (values[c][sample]).</summary>
    public static List<double[]> ForApply(CombatModel model, FeatureTable table)
    {
        var values = new List<double[]>();
        foreach (CombatDesignColumn column in model.DesignColumns)
        {
            CombatCovariate covariate = model.Covariates.First(c => c.Name == column.Covariate);
            IReadOnlyList<string> text = Column(table, covariate.Name);
            var columnValues = new double[text.Count];
            for (int i = 0; i < text.Count; i++)
            {
                if (covariate.Kind == CovariateKind.Numeric)
                {
                    columnValues[i] = ParseNumber(table, covariate.Name, text[i], i);
                }
                else if (!covariate.Levels.Contains(text[i]))
                {
                    throw new FeatureTableException(
                        $"sample '{table.Ids[i]}': covariate '{covariate.Name}' has level '{text[i]}', not seen when the model was fitted (levels: {string.Join(", ", covariate.Levels)})");
                }
                else
                {
                    columnValues[i] = text[i] == column.Level ? 1 : 0;
                }
            }

            values.Add(columnValues);
        }

        return values;
    }

    private static IReadOnlyList<string> Column(FeatureTable table, string name) =>
        table.HasColumn(name) ? table.OtherColumn(name)
        : table.IndexOfFeature(name) >= 0 ? throw new FeatureTableException($"--covariates: column '{name}' was read as a feature; name it among the table's non-feature columns")
        : throw new FeatureTableException($"--covariates: the table has no column '{name}'");

    private static double[]? TryNumbers(IReadOnlyList<string> text)
    {
        var numbers = new double[text.Count];
        for (int i = 0; i < numbers.Length; i++)
        {
            if (!CsvNumbers.TryParse(text[i], out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                return null;
            }
        }

        return numbers;
    }

    private static double ParseNumber(FeatureTable table, string name, string text, int row) =>
        CsvNumbers.TryParse(text, out double value) && double.IsFinite(value) ? value
        : throw new FeatureTableException($"sample '{table.Ids[row]}' (data row {row + 1}): numeric covariate '{name}' is '{text}', not a finite number");
}
