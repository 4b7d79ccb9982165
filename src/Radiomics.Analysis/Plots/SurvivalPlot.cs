using System.Globalization;
using Radiomics.Analysis.Validation;
using ScottPlot;

namespace Radiomics.Analysis.Plots;

/// <summary>
/// Kaplan–Meier curves by risk group: the rows split at the median of the score (a Cox model's linear predictor:
/// higher = higher risk) into a low-risk group (score ≤ median) and a high-risk group (score &gt; median), each group's
/// product-limit curve (<see cref="KaplanMeier"/>) drawn as a step function with its censorings marked.
/// </summary>
public static class SurvivalPlot
{
    /// <summary>The risk groups of a median split: true = high risk (score above the median of all scores).</summary>
    public static bool[] HighRisk(IReadOnlyList<double> score)
    {
        double[] sorted = score.Order().ToArray();
        int n = sorted.Length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return score.Select(s => s > median).ToArray();
    }

    /// <summary>Writes <paramref name="stem"/>.png (and .svg) for the median split of <paramref name="score"/>; returns the files written.</summary>
    /// <exception cref="ArgumentException">Lengths differ, or a group is empty (every score equal).</exception>
    public static IReadOnlyList<string> Write(
        string stem, IReadOnlyList<double> time, IReadOnlyList<bool> died, IReadOnlyList<double> score, string scoreLabel, PlotOptions? options = null)
    {
        if (time.Count != died.Count || time.Count != score.Count)
        {
            throw new ArgumentException($"{time.Count} times, {died.Count} event indicators and {score.Count} scores.");
        }

        bool[] high = HighRisk(score);
        var plot = new Plot();
        foreach (bool group in new[] { false, true })
        {
            int[] rows = Enumerable.Range(0, time.Count).Where(i => high[i] == group).ToArray();
            if (rows.Length == 0)
            {
                throw new ArgumentException($"The median split of '{scoreLabel}' leaves the {(group ? "high" : "low")}-risk group empty (the scores are all equal).");
            }

            KaplanMeierCurve curve = KaplanMeier.Estimate(rows.Select(i => time[i]).ToArray(), rows.Select(i => died[i]).ToArray());
            double[] xs = [0, .. curve.Time];
            double[] ys = [1, .. curve.Survival];
            var line = plot.Add.Scatter(xs, ys);
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.MarkerSize = 0;
            line.LineWidth = 2;
            string median = double.IsNaN(curve.Median) ? "not reached" : curve.Median.ToString("G4", CultureInfo.InvariantCulture);
            line.LegendText = $"{(group ? "high" : "low")} risk: n = {rows.Length}, events = {curve.Events.Sum()}, median {median}";

            int[] censoredAt = Enumerable.Range(0, curve.Time.Count).Where(k => curve.Censored[k] > 0).ToArray();
            if (censoredAt.Length > 0)
            {
                var marks = plot.Add.ScatterPoints(censoredAt.Select(k => curve.Time[k]).ToArray(), censoredAt.Select(k => curve.Survival[k]).ToArray());
                marks.MarkerShape = MarkerShape.VerticalBar;
                marks.MarkerSize = 8;
                marks.Color = line.Color;
            }
        }

        PlotFile.Label(plot, $"Kaplan-Meier by risk group (median split of {scoreLabel})", "time", "survival probability");
        plot.Axes.SetLimits(0, time.Max() * 1.02, -0.02, 1.02);
        plot.ShowLegend(Alignment.LowerLeft);
        return PlotFile.Save(plot, stem, options ?? new PlotOptions());
    }
}
