using System.Globalization;
using Radiomics.Analysis.Validation;
using ScottPlot;

namespace Radiomics.Analysis.Plots;

/// <summary>
/// The calibration plot of predicted probabilities on new data: the rows sorted by predicted probability and cut into
/// groups of (nearly) equal size, each drawn at (mean predicted, observed fraction of cases) with a 95% Wilson interval;
/// the logistic recalibration curve p' = expit(a + b·logit(p)) with <see cref="Validation.Calibration"/>'s intercept a
/// and slope b (what <c>rms::val.prob</c>'s "Logistic calibration" line shows); and the ideal diagonal.
/// </summary>
public static class CalibrationPlot
{
    /// <summary>Writes <paramref name="stem"/>.png (and .svg); returns the files written.</summary>
    /// <param name="stem">The output path without extension.</param>
    /// <param name="probability">The predicted probability of every row.</param>
    /// <param name="isCase">Whether every row is a case (y = 1).</param>
    /// <param name="calibration">The calibration intercept and slope whose recalibration curve is drawn.</param>
    /// <param name="groups">The number of groups (default 10, fewer when there are fewer than 5 rows a group).</param>
    /// <param name="options">Image size and SVG output, or null for the defaults.</param>
    /// <exception cref="ArgumentException">Lengths differ or there are no rows.</exception>
    public static IReadOnlyList<string> Write(
        string stem, IReadOnlyList<double> probability, IReadOnlyList<bool> isCase, CalibrationResult calibration, int groups = 10, PlotOptions? options = null)
    {
        var (predicted, observed, low, high) = Groups(probability, isCase, groups);
        var plot = new Plot();
        var ideal = plot.Add.Line(0, 0, 1, 1);
        ideal.LineColor = Colors.Gray;
        ideal.LinePattern = LinePattern.Dashed;
        ideal.LegendText = "ideal";

        var grid = Enumerable.Range(1, 199).Select(k => k / 200.0).ToArray();
        var recalibrated = grid.Select(p => 1 / (1 + Math.Exp(-(calibration.Intercept + calibration.Slope * Math.Log(p / (1 - p)))))).ToArray();
        var line = plot.Add.ScatterLine(grid, recalibrated);
        line.LineWidth = 2;
        line.LegendText = string.Create(CultureInfo.InvariantCulture,
            $"logistic recalibration: intercept {calibration.Intercept:F2}, slope {calibration.Slope:F2}");

        for (int k = 0; k < predicted.Length; k++)
        {
            var interval = plot.Add.Line(predicted[k], low[k], predicted[k], high[k]);
            interval.LineColor = Colors.Black;
        }

        var points = plot.Add.ScatterPoints(predicted, observed);
        points.MarkerSize = 8;
        points.Color = Colors.Black;
        points.LegendText = string.Create(CultureInfo.InvariantCulture, $"observed, {predicted.Length} groups by predicted risk (95% Wilson CI)");

        PlotFile.Label(plot, string.Create(CultureInfo.InvariantCulture, $"Calibration (Brier {calibration.Brier:F3}, n = {calibration.Rows})"),
            "predicted probability", "observed fraction of cases");
        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.02);
        plot.ShowLegend(Alignment.UpperLeft);
        return PlotFile.Save(plot, stem, options ?? new PlotOptions());
    }

    /// <summary>
    /// The groups: rows sorted by probability (ties kept in row order), group k holding rows ⌊k·n/g⌋ to ⌊(k+1)·n/g⌋ − 1
    /// with g = min(<paramref name="groups"/>, max(1, n/5)); per group the mean probability, the fraction of cases and its
    /// 95% Wilson score interval.
    /// </summary>
    public static (double[] Predicted, double[] Observed, double[] Low, double[] High) Groups(IReadOnlyList<double> probability, IReadOnlyList<bool> isCase, int groups)
    {
        if (probability.Count != isCase.Count || probability.Count == 0)
        {
            throw new ArgumentException($"Calibration groups need rows with one probability and one outcome each; got {probability.Count} and {isCase.Count}.");
        }

        int n = probability.Count;
        int g = Math.Min(Math.Max(groups, 1), Math.Max(1, n / 5));
        int[] order = Enumerable.Range(0, n).OrderBy(i => probability[i]).ToArray();
        var predicted = new double[g];
        var observed = new double[g];
        var low = new double[g];
        var high = new double[g];
        const double z = 1.959963984540054;
        for (int k = 0; k < g; k++)
        {
            int start = (int)((long)k * n / g), end = (int)((long)(k + 1) * n / g);
            int size = end - start, cases = 0;
            double sum = 0;
            for (int r = start; r < end; r++)
            {
                sum += probability[order[r]];
                cases += isCase[order[r]] ? 1 : 0;
            }

            double p = (double)cases / size;
            double centre = (p + z * z / (2 * size)) / (1 + z * z / size);
            double half = z / (1 + z * z / size) * Math.Sqrt(p * (1 - p) / size + z * z / (4.0 * size * size));
            predicted[k] = sum / size;
            observed[k] = p;
            low[k] = Math.Max(0, centre - half);
            high[k] = Math.Min(1, centre + half);
        }

        return (predicted, observed, low, high);
    }
}
