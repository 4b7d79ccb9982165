using Radiomics.Analysis.Statistics;

namespace Radiomics.Analysis.Selection.Internal;

/// <summary>
/// Runs <see cref="UnivariateSettings"/>: Mann–Whitney (binary outcome) or Cox score (survival) p-values, then
/// Benjamini–Hochberg; keeps adjusted p ≤ q in the incoming order. An undefined p-value counts as 1.
/// </summary>
internal static class UnivariateFilter
{
    public static StepResult Apply(SelectionContext context, UnivariateSettings settings, IReadOnlyList<int> features)
    {
        ResolvedOutcome outcome = context.Outcome;
        var p = new double[features.Count];
        string test;
        if (outcome.IsSurvival)
        {
            test = "Cox score";
            var cox = new CoxScoreTest(outcome.Time!, outcome.Died!);
            Parallel.For(0, features.Count, context.Parallel, i => p[i] = cox.Test(context.Table.Column(features[i])).PValue);
        }
        else
        {
            test = "Mann-Whitney";
            bool[] isCase = outcome.RequireBinary("--method univariate");
            Parallel.For(0, features.Count, context.Parallel, i => p[i] = MannWhitney.Test(context.Table.Column(features[i]), isCase).PValue);
        }

        for (int i = 0; i < p.Length; i++)
        {
            p[i] = double.IsNaN(p[i]) ? 1.0 : p[i];
        }

        double[] adjusted = BenjaminiHochberg.Adjust(p);
        var kept = new List<int>();
        var dropped = new List<DroppedFeature>();
        for (int i = 0; i < features.Count; i++)
        {
            if (adjusted[i] <= settings.Fdr)
            {
                kept.Add(features[i]);
                continue;
            }

            dropped.Add(new DroppedFeature(
                context.Name(features[i]),
                SelectionNames.Of(SelectionMethod.Univariate),
                $"BH-adjusted p = {SelectionContext.Format(adjusted[i])} > {SelectionContext.Format(settings.Fdr)} ({test} p = {SelectionContext.Format(p[i])})"));
        }

        return new StepResult(kept, dropped);
    }
}
