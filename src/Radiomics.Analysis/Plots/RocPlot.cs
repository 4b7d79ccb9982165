using System.Globalization;
using Radiomics.Analysis.Validation;
using ScottPlot;

namespace Radiomics.Analysis.Plots;

/// <summary>
/// The empirical ROC curve of one or two scores (pROC's <c>plot.roc</c> without smoothing): the points
/// (1 − specificity, sensitivity) at every threshold between distinct score values, joined by straight lines (a tie
/// between a case and a control is the diagonal segment that gives it ½ in the AUC), with the chance line.
/// </summary>
public static class RocPlot
{
    /// <summary>Writes <paramref name="stem"/>.png (and .svg); returns the files written.</summary>
    /// <exception cref="ArgumentException">No curve, or a score's length differs from <paramref name="isCase"/>.</exception>
    public static IReadOnlyList<string> Write(string stem, IReadOnlyList<RocScore> curves, IReadOnlyList<bool> isCase, PlotOptions? options = null)
    {
        if (curves.Count == 0)
        {
            throw new ArgumentException("The ROC plot needs at least one score.", nameof(curves));
        }

        var plot = new Plot();
        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.LineColor = Colors.Gray;
        chance.LinePattern = LinePattern.Dashed;
        foreach (RocScore curve in curves)
        {
            var (fpr, tpr) = Points(curve.Scores, isCase, curve.Auc.Direction);
            var line = plot.Add.ScatterLine(fpr, tpr);
            line.LineWidth = 2;
            line.LegendText = string.Create(CultureInfo.InvariantCulture,
                $"{curve.Label}: AUC {curve.Auc.Auc:F3} ({curve.Auc.ConfidenceLevel * 100:0}% CI {curve.Auc.Lower:F3}-{curve.Auc.Upper:F3})");
        }

        PlotFile.Label(plot, "ROC curve", "1 - specificity (false positive rate)", "sensitivity (true positive rate)");
        plot.Axes.SetLimits(-0.01, 1.01, -0.01, 1.01);
        plot.ShowLegend(Alignment.LowerRight);
        return PlotFile.Save(plot, stem, options ?? new PlotOptions());
    }

    /// <summary>
    /// The ROC points from the strictest threshold (0, 0) to the loosest (1, 1): one point per distinct score, visited
    /// from the most case-like score down (higher first unless the direction says lower means case).
    /// </summary>
    public static (double[] FalsePositiveRate, double[] TruePositiveRate) Points(IReadOnlyList<double> scores, IReadOnlyList<bool> isCase, ScoreDirection direction)
    {
        if (scores.Count != isCase.Count)
        {
            throw new ArgumentException($"{scores.Count} scores but {isCase.Count} outcomes.", nameof(scores));
        }

        int cases = isCase.Count(c => c), controls = isCase.Count - cases;
        if (cases == 0 || controls == 0)
        {
            throw new ArgumentException("The ROC curve needs cases and controls.", nameof(isCase));
        }

        double sign = direction == ScoreDirection.HigherMeansCase ? 1 : -1;
        int[] order = Enumerable.Range(0, scores.Count).OrderByDescending(i => sign * scores[i]).ToArray();
        var fpr = new List<double> { 0 };
        var tpr = new List<double> { 0 };
        int truePositives = 0, falsePositives = 0;
        for (int k = 0; k < order.Length;)
        {
            double value = scores[order[k]];
            for (; k < order.Length && scores[order[k]] == value; k++)
            {
                if (isCase[order[k]])
                {
                    truePositives++;
                }
                else
                {
                    falsePositives++;
                }
            }

            fpr.Add((double)falsePositives / controls);
            tpr.Add((double)truePositives / cases);
        }

        return (fpr.ToArray(), tpr.ToArray());
    }
}
