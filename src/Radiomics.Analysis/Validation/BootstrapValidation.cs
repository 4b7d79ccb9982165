using Radiomics.Analysis.Common;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Models.Internal;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Validation;

/// <summary>
/// Optimism-corrected discrimination by Harrell's bootstrap (Harrell, Lee and Mark 1996; <c>rms::validate</c>'s
/// "boot" method): fit the model on all n rows (apparent index); draw B resamples of n rows with replacement; on each,
/// repeat the whole fit — including the cross-validated choice of λ when the settings ask for it — then evaluate the
/// resample's model on the resample and on the original rows; the optimism is the mean difference, and the corrected
/// index is the apparent index minus the optimism. The index is the AUC of the linear predictor for logistic models
/// and Harrell's C (higher = higher risk) for Cox models.
/// </summary>
/// <remarks>
/// All resamples are drawn up front, in order, from one xoshiro256** generator (SplitMix64 seeding) with the given seed:
/// resample b is n draws of a row index uniform on 0..n−1, then one 64-bit seed for its cross-validation folds (drawn
/// as <see cref="CrossValidationSettings"/> describes, with K = the settings' fold count, or the number of distinct
/// values of a fold column, since a fold column cannot follow duplicated rows). Resamples are then fitted in parallel,
/// each alone; the result does not depend on the thread count. A resample that cannot be fitted (one outcome class,
/// a fold without events) is skipped and counted out of <see cref="OptimismCorrectedEstimate.Used"/>.
/// </remarks>
public static class BootstrapValidation
{
    /// <exception cref="ModelException">Bad settings or data, or no resample could be fitted.</exception>
    public static OptimismCorrectedEstimate Run(FeatureTable table, ModelSettings settings, BootstrapSettings bootstrap, ParallelOptions? parallel = null)
    {
        settings.Validate();
        bootstrap.Validate();
        ParallelOptions options = ParallelDefaults.OrDefault(parallel);
        TrainingData data = TrainingData.From(table, settings);
        FoldAssignment? folds = NeedsFolds(settings) ? FoldAssignment.For(table, settings.CrossValidation) : null;
        FitResult full = Fitter.Fit(data, settings, folds, options);
        double apparent = Index(data, full);

        int n = data.Rows;
        var random = new SeededRandom(bootstrap.Seed);
        var samples = new int[bootstrap.Replicates][];
        var foldSeeds = new ulong[bootstrap.Replicates];
        for (int b = 0; b < samples.Length; b++)
        {
            samples[b] = new int[n];
            for (int i = 0; i < n; i++)
            {
                samples[b][i] = random.NextInt(n);
            }

            foldSeeds[b] = random.NextUInt64();
        }

        var resampleApparent = new double[samples.Length];
        var resampleTest = new double[samples.Length];
        var ok = new bool[samples.Length];
        var sequential = new ParallelOptions { MaxDegreeOfParallelism = 1, TaskScheduler = options.TaskScheduler };
        Parallel.For(0, samples.Length, options, b =>
        {
            TrainingData resample = data.Subset(samples[b]);
            FoldAssignment? resampleFolds = folds is null ? null : FoldAssignment.Seeded(n, folds.Count, foldSeeds[b]);
            try
            {
                FitResult fit = Fitter.Fit(resample, settings, resampleFolds, sequential);
                resampleApparent[b] = Index(resample, fit);
                resampleTest[b] = Index(data, fit);
                ok[b] = true;
            }
            catch (Exception e) when (e is ModelException or ArgumentException)
            {
                ok[b] = false;
            }
        });

        var used = Enumerable.Range(0, samples.Length).Where(b => ok[b]).ToArray();
        if (used.Length == 0)
        {
            throw new ModelException($"None of the {samples.Length} bootstrap resamples could be fitted.");
        }

        double optimism = used.Sum(b => resampleApparent[b] - resampleTest[b]) / used.Length;
        return new OptimismCorrectedEstimate(
            settings.Learner == Learner.Logistic ? "AUC" : "Harrell's C",
            apparent,
            optimism,
            apparent - optimism,
            samples.Length,
            used.Length,
            used.Select(b => resampleApparent[b]).ToArray(),
            used.Select(b => resampleTest[b]).ToArray(),
            $"xoshiro256** (SplitMix64 seeding), seed {bootstrap.Seed}: per resample n uniform row draws, then one fold seed");
    }

    private static bool NeedsFolds(ModelSettings settings) => settings.Penalty is { Rule: not LambdaRule.Fixed };

    private static double Index(TrainingData data, FitResult fit)
    {
        bool logistic = data.Label is not null;
        double[] eta = fit.LinearPredictor(data, withIntercept: logistic);
        return logistic
            ? DeLong.Auc(eta, data.Label!.Select(y => y == 1).ToArray()).Auc
            : HarrellConcordance.Compute(data.Time!, data.Died!, eta).Concordance;
    }
}
