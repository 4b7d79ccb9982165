namespace Radiomics.Analysis.Selection.Internal;

/// <summary>
/// mRMR with the MID criterion on standardised rows (see <see cref="MrmrSettings"/>): relevance I(f; y) and redundancy
/// mean over chosen s of I(f; s), with the Gaussian mutual information −½·log(1 − min(ρ², 0.999999)). Redundancies are
/// accumulated in the order features are chosen (as the reference script does); the first of equal scores wins.
/// </summary>
internal static class MrmrMid
{
    private const double RhoSquaredCap = 0.999999;

    /// <summary>One chosen feature: its row, its MID score when chosen, its relevance and mean redundancy.</summary>
    public readonly record struct Choice(int Row, double Score, double Relevance, double Redundancy);

    /// <summary>Chooses up to <paramref name="top"/> rows; <paramref name="outcome"/> is the standardised outcome (padded to the stride).</summary>
    public static List<Choice> Run(StandardisedRows rows, double[] outcome, int top, ParallelOptions parallel)
    {
        int p = rows.Count;
        var relevance = new double[p];
        CorrelationMatrix.WithVector(rows, outcome, relevance);
        for (int f = 0; f < p; f++)
        {
            relevance[f] = Information(relevance[f]);
        }

        var redundancySum = new double[p];
        var chosen = new bool[p];
        var choices = new List<Choice>();
        for (int step = 0; step < Math.Min(top, p); step++)
        {
            int best = -1;
            double bestScore = double.NegativeInfinity;
            for (int f = 0; f < p; f++)
            {
                double score = step == 0 ? relevance[f] : relevance[f] - (redundancySum[f] / step);
                if (!chosen[f] && (best < 0 || score > bestScore))
                {
                    best = f;
                    bestScore = score;
                }
            }

            chosen[best] = true;
            choices.Add(new Choice(best, bestScore, relevance[best], step == 0 ? 0 : redundancySum[best] / step));
            Parallel.For(0, p, parallel, f =>
            {
                double r = Math.Clamp(CorrelationMatrix.Dot(rows.Row(f), rows.Row(best)), -1.0, 1.0);
                redundancySum[f] += Information(r);
            });
        }

        return choices;
    }

    /// <summary>−½·log(1 − ρ²), ρ² capped at 0.999999 (mRMRe's estimator).</summary>
    public static double Information(double rho) => -0.5 * Math.Log(1.0 - Math.Min(rho * rho, RhoSquaredCap));
}
