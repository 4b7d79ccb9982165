using System.Text.RegularExpressions;
using Radiomics.Analysis.Common;
using Radiomics.Analysis.Tables;
using ScottPlot;

namespace Radiomics.Analysis.Plots;

/// <summary>
/// Renders a ScottPlot figure headless and writes it atomically as PNG (and SVG when asked). The same figure gives the
/// same bytes whatever was drawn before it in the process: ScottPlot numbers its SVG clip paths from a process-wide
/// counter in hexadecimal (<c>cl_9</c>, <c>cl_a</c>, …), so they are renumbered from 1 in order of appearance.
/// </summary>
internal static partial class PlotFile
{
    /// <summary>Writes <paramref name="stem"/>.png (and .svg); returns the paths written, PNG first.</summary>
    /// <exception cref="FeatureTableException">The folder does not exist or a file cannot be written.</exception>
    public static IReadOnlyList<string> Save(Plot plot, string stem, PlotOptions options)
    {
        options.Validate();
        string png = stem + ".png";
        byte[] bytes = plot.GetImageBytes(options.Width, options.Height, ImageFormat.Png);
        AnalysisFiles.WriteAtomically(png, stream => stream.Write(bytes), FeatureTableReader.Fail);
        if (!options.Svg)
        {
            return [png];
        }

        string svg = stem + ".svg";
        AnalysisFiles.WriteAtomically(svg, CanonicalSvg(plot.GetSvgXml(options.Width, options.Height)), FeatureTableReader.Fail);
        return [png, svg];
    }

    /// <summary><paramref name="svg"/> with its clip-path identifiers <c>cl_N</c> renumbered 1, 2, … in order of first appearance.</summary>
    internal static string CanonicalSvg(string svg)
    {
        var renumbered = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipPathId().Replace(svg, m =>
        {
            if (!renumbered.TryGetValue(m.Value, out string? canonical))
            {
                canonical = "cl_" + (renumbered.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                renumbered[m.Value] = canonical;
            }

            return canonical;
        });
    }

    /// <summary>The common look: titles and axis labels, a light grid, the legend in a corner.</summary>
    public static void Label(Plot plot, string title, string xLabel, string yLabel)
    {
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
    }

    [GeneratedRegex(@"(?<=id=""|url\(#)cl_[0-9a-fA-F]+(?=["")])")]
    private static partial Regex ClipPathId();
}
