using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Harmonisation;

/// <summary>
/// ComBat batch harmonisation (Johnson, Li &amp; Rabinovic 2007) matching Bioconductor <c>sva::ComBat</c> (3.46.0):
/// <see cref="Fit"/> learns the location/scale batch effects from a table, <see cref="Apply"/> removes them from a
/// table of samples of the same batches (the fitting table itself, or new samples — nothing is re-estimated).
/// </summary>
/// <remarks>
/// <para>sva calls matched: <c>ComBat(dat, batch, mod, par.prior, mean.only, ref.batch)</c> with dat = the features ×
/// samples matrix, batch = the batch column, mod = <c>model.matrix(~ covariates)</c> (or NULL), par.prior =
/// <see cref="CombatSettings.Prior"/> is parametric, mean.only = <see cref="CombatSettings.MeanOnly"/>, ref.batch =
/// <see cref="CombatSettings.ReferenceBatch"/>. <c>Apply(Fit(s, t), t)</c> is sva's output for t.</para>
/// <para>Guards: fewer than two batches, an unknown reference batch, a NaN or infinite feature value, a confounded
/// design are errors naming the column, feature or sample. As sva: a batch of one sample switches every batch to
/// mean-only (warning); a feature with no variance within some batch of two or more samples is left unchanged and out
/// of the fit, priors included (warning).</para>
/// </remarks>
public static class Combat
{
    /// <summary>Fits ComBat on every feature of <paramref name="table"/>.</summary>
    /// <exception cref="FeatureTableException">Bad settings, a missing column, one batch only, NaN, or a confounded design.</exception>
    public static CombatModel Fit(CombatSettings settings, FeatureTable table, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(table);
        settings.Validate();
        var warnings = new List<string>();
        var batches = BatchAssignment.ForFit(table, settings.BatchColumn);
        if (batches.Levels.Length < 2)
        {
            throw new FeatureTableException(
                $"--batch: column '{settings.BatchColumn}' has {batches.Levels.Length} batch{(batches.Levels.Length == 1 ? $" ('{batches.Levels[0]}')" : "es")}; ComBat needs at least two");
        }

        int? reference = null;
        if (settings.ReferenceBatch is { } referenceName)
        {
            int r = Array.IndexOf(batches.Levels, referenceName);
            reference = r >= 0 ? r
                : throw new FeatureTableException($"--reference-batch: '{referenceName}' is not a batch of column '{settings.BatchColumn}' (batches: {string.Join(", ", batches.Levels)})");
        }

        RequireFinite(table, Enumerable.Range(0, table.FeatureCount), "ComBat needs complete data");
        bool meanOnly = settings.MeanOnly;
        string[] single = batches.Levels.Where((_, b) => batches.Members[b].Length == 1).ToArray();
        if (single.Length > 0 && !meanOnly)
        {
            meanOnly = true;
            warnings.Add($"batch {string.Join(", ", single.Select(s => $"'{s}'"))} has only one sample: mean-only adjustment for every batch (as sva)");
        }

        var (kept, unchanged) = SplitConstantWithinBatch(table, batches);
        if (unchanged.Count > 0)
        {
            warnings.Add($"{unchanged.Count} feature(s) constant within a batch are left unchanged and out of the fit (as sva): {Names(unchanged)}");
        }

        if (kept.Count == 0)
        {
            throw new FeatureTableException("ComBat: no feature varies within every batch; nothing to harmonise");
        }

        var (covariates, columns, covariateValues) = CovariateCoding.ForFit(settings, table, warnings);
        var design = CombatDesign.Build(batches, reference, covariateValues);
        double[][] features = kept.Select(j => table.Column(j).ToArray()).ToArray();
        var estimation = CombatEstimation.Run(features, batches, design, reference, meanOnly);
        CombatBatch[] fitted = FitBatches(settings, batches, reference, meanOnly, estimation, ParallelDefaults.OrDefault(parallel));
        return new CombatModel
        {
            Settings = settings,
            Features = kept.Select(j => table.FeatureNames[j]).ToArray(),
            FeaturesLeftUnchanged = unchanged,
            MeanOnlyUsed = meanOnly,
            Batches = fitted,
            Covariates = covariates,
            DesignColumns = columns.Select((c, i) => new CombatDesignColumn(c.Name, c.Covariate, c.Level, estimation.CovariateCoefficients[i])).ToArray(),
            GrandMean = estimation.GrandMean,
            PooledVariance = estimation.PooledVariance,
            SampleCount = table.RowCount,
            Warnings = warnings,
            Provenance = AnalysisProvenance.For(table, AnalysisJson.Serialize(settings, AnalysisJson.Options)),
        };
    }

    /// <summary>
    /// Harmonises the samples of <paramref name="table"/> with <paramref name="model"/>: every sample's batch must be one
    /// the model was fitted on. Samples of the reference batch (when the model has one) are returned unchanged, bit for
    /// bit, as sva returns them; so are the model's features left unchanged. The result keeps the table's rows, IDs and
    /// other columns, and the features the model knows, in the table's order; features the model does not know are left
    /// out (reported through <paramref name="warning"/>).
    /// </summary>
    /// <exception cref="FeatureTableException">An unseen batch or covariate level, a missing feature or covariate, a NaN in a harmonised feature.</exception>
    public static FeatureTable Apply(CombatModel model, FeatureTable table, Action<string>? warning = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(table);
        var batches = BatchAssignment.ForApply(table, model.Settings.BatchColumn, model.Batches.Select(b => b.Name).ToArray());
        int[] featureColumns = model.Features.Select(name => ColumnOf(table, name)).ToArray();
        foreach (string name in model.FeaturesLeftUnchanged)
        {
            ColumnOf(table, name);
        }

        RequireFinite(table, featureColumns, "the model's features must be complete");
        List<double[]> design = CovariateCoding.ForApply(model, table);
        int? reference = model.Settings.ReferenceBatch is { } r ? model.Batches.ToList().FindIndex(b => b.Name == r) : null;
        var harmonised = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (int f = 0; f < featureColumns.Length; f++)
        {
            harmonised[model.Features[f]] = Adjust(model, f, table.Column(featureColumns[f]), batches, reference, design);
        }

        var names = new List<string>();
        var values = new List<double[]>();
        var unknown = new List<string>();
        var leftUnchanged = model.FeaturesLeftUnchanged.ToHashSet(StringComparer.Ordinal);
        for (int j = 0; j < table.FeatureCount; j++)
        {
            string name = table.FeatureNames[j];
            if (harmonised.TryGetValue(name, out double[]? adjusted) || leftUnchanged.Contains(name))
            {
                names.Add(name);
                values.Add(adjusted ?? table.Column(j).ToArray());
            }
            else
            {
                unknown.Add(name);
            }
        }

        if (unknown.Count > 0)
        {
            warning?.Invoke($"{unknown.Count} feature(s) the model was not fitted on are left out of the output: {Names(unknown)}");
        }

        return new FeatureTable(table.Ids, names, values, table.OtherColumnNames.Select(n => KeyValuePair.Create(n, table.OtherColumn(n).ToArray())), table.IdColumn);
    }

    private static CombatBatch[] FitBatches(
        CombatSettings settings, BatchAssignment batches, int? reference, bool meanOnly, CombatEstimation e, ParallelOptions parallel)
    {
        var fitted = new CombatBatch[batches.Levels.Length];
        for (int b = 0; b < fitted.Length; b++)
        {
            int n = batches.Members[b].Length;
            var (gammaStar, deltaStar) = settings.Prior == CombatPrior.NonParametric
                ? EmpiricalBayes.NonParametric(e.Standardised[b], n, e.GammaHat[b], e.DeltaHat[b], meanOnly, parallel)
                : meanOnly
                    ? EmpiricalBayes.ParametricMeanOnly(e.GammaHat[b], e.GammaBar[b], e.Tau2[b])
                    : EmpiricalBayes.Parametric(batches.Levels[b], e.Standardised[b], n, e.GammaHat[b], e.DeltaHat[b], e.GammaBar[b], e.Tau2[b], e.APrior[b], e.BPrior[b]);
            if (b == reference)
            {
                Array.Fill(gammaStar, 0.0);
                Array.Fill(deltaStar, 1.0);
            }

            fitted[b] = new CombatBatch(batches.Levels[b], n, e.GammaHat[b], e.DeltaHat[b], e.GammaBar[b], e.Tau2[b], e.APrior[b], e.BPrior[b], gammaStar, deltaStar);
        }

        return fitted;
    }

    /// <summary>sva's adjustment of one feature: x* = ((x - stand)/σ - γ*_b)/√δ*_b · σ + stand; reference-batch samples unchanged.</summary>
    private static double[] Adjust(CombatModel model, int f, ReadOnlySpan<double> x, BatchAssignment batches, int? reference, List<double[]> design)
    {
        var result = new double[x.Length];
        double sd = Math.Sqrt(model.PooledVariance[f]);
        for (int i = 0; i < x.Length; i++)
        {
            int b = batches.BatchOf[i];
            if (b == reference)
            {
                result[i] = x[i];
                continue;
            }

            double stand = model.GrandMean[f];
            for (int c = 0; c < design.Count; c++)
            {
                stand += design[c][i] * model.DesignColumns[c].Coefficients[f];
            }

            CombatBatch batch = model.Batches[b];
            result[i] = ((((x[i] - stand) / sd) - batch.GammaStar[f]) / Math.Sqrt(batch.DeltaStar[f]) * sd) + stand;
        }

        return result;
    }

    private static (List<int> Kept, List<string> Unchanged) SplitConstantWithinBatch(FeatureTable table, BatchAssignment batches)
    {
        var kept = new List<int>();
        var unchanged = new List<string>();
        for (int j = 0; j < table.FeatureCount; j++)
        {
            ReadOnlySpan<double> column = table.Column(j);
            bool constant = false;
            foreach (int[] members in batches.Members)
            {
                if (members.Length > 1 && IsConstant(column, members))
                {
                    constant = true;
                    break;
                }
            }

            if (constant)
            {
                unchanged.Add(table.FeatureNames[j]);
            }
            else
            {
                kept.Add(j);
            }
        }

        return (kept, unchanged);
    }

    private static bool IsConstant(ReadOnlySpan<double> column, int[] members)
    {
        foreach (int i in members)
        {
            if (column[i] != column[members[0]])
            {
                return false;
            }
        }

        return true;
    }

    private static void RequireFinite(FeatureTable table, IEnumerable<int> features, string why)
    {
        foreach (int j in features)
        {
            ReadOnlySpan<double> column = table.Column(j);
            for (int i = 0; i < column.Length; i++)
            {
                if (!double.IsFinite(column[i]))
                {
                    throw new FeatureTableException(
                        $"feature '{table.FeatureNames[j]}' is {(double.IsNaN(column[i]) ? "missing (NaN)" : "infinite")} for sample '{table.Ids[i]}' (data row {i + 1}); {why}");
                }
            }
        }
    }

    private static int ColumnOf(FeatureTable table, string feature)
    {
        int j = table.IndexOfFeature(feature);
        return j >= 0 ? j : throw new FeatureTableException($"the table has no feature '{feature}', which the ComBat model harmonises");
    }

    private static string Names(IReadOnlyList<string> names) =>
        string.Join(", ", names.Take(5).Select(n => $"'{n}'")) + (names.Count > 5 ? $" and {names.Count - 5} more" : "");
}
