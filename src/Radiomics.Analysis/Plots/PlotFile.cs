using Radiomics.Analysis.Common;
using Radiomics.Analysis.Tables;
using ScottPlot;

namespace Radiomics.Analysis.Plots;

/// <summary>Renders a ScottPlot figure headless and writes it atomically as PNG (and SVG when asked).</summary>
internal static class PlotFile
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
        AnalysisFiles.WriteAtomically(svg, plot.GetSvgXml(options.Width, options.Height), FeatureTableReader.Fail);
        return [png, svg];
    }

    /// <summary>The common look: titles and axis labels, a light grid, the legend in a corner.</summary>
    public static void Label(Plot plot, string title, string xLabel, string yLabel)
    {
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
    }
}
