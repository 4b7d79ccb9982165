using System.Globalization;
using Radiomics.Imaging;

namespace Radiomics.Analysis.Reports.Rendering;

/// <summary>
/// Draws a region's slice views: for each plane, the slice through its centre of mass and the one with its largest
/// cross-section, framed on the region's bounding box plus a margin (a quarter of its extent or 10 mm, whichever is
/// more), at the same framing for both slices of a plane.
/// </summary>
internal sealed class SliceViews
{
    private const double MarginMm = 10;

    /// <summary>The fewest pixels a view has along either axis (thin planes are stretched to it).</summary>
    private const int MinimumPixels = 24;

    private readonly ImageData _image;
    private readonly AxisMap _axes;
    private readonly (double Low, double High) _window;
    private readonly CaseReportOptions _options;

    public SliceViews(ImageData image, (double Low, double High) window, CaseReportOptions options)
    {
        _image = image;
        _axes = AxisMap.Of(image.Geometry.Direction);
        _window = window;
        _options = options;
    }

    /// <summary>The planes the image can show (a single-slice image has its axial plane only).</summary>
    public IEnumerable<AnatomicalPlane> Planes =>
        Enum.GetValues<AnatomicalPlane>().Where(p => _image.Geometry.Size[_axes.Layout(p).ColumnAxis] > 1 && _image.Geometry.Size[_axes.Layout(p).RowAxis] > 1);

    /// <summary>Every plane × slice choice for <paramref name="region"/>, outlined in <paramref name="colour"/>.</summary>
    public List<SliceView> Draw(RegionMask region, RegionMask? tinted, string regionName, string caseId, int colour)
    {
        Vector3D centre = region.CentreOfMass();
        var views = new List<SliceView>();
        foreach (AnatomicalPlane plane in Planes)
        {
            PlaneLayout layout = _axes.Layout(plane);
            long[] counts = region.CountsAlong(layout.Normal);
            int lower = region.Box.Lower[layout.Normal];
            int centreSlice = Math.Clamp((int)Math.Floor(centre[layout.Normal] + 0.5), lower, region.Box.Upper[layout.Normal]);
            int largest = lower + Array.IndexOf(counts, counts.Max());
            foreach (SliceChoice choice in Enum.GetValues<SliceChoice>())
            {
                int slice = choice == SliceChoice.Centre ? centreSlice : largest;
                RenderedImage image = Draw(region, tinted, layout, slice, _options.SliceSize, _options.DisplaySize, colour,
                    Describe(plane, choice, slice, counts[slice - lower], regionName, caseId, tinted is not null));
                views.Add(new SliceView(plane, choice, slice, counts[slice - lower], image));
            }
        }

        return views;
    }

    /// <summary>The axial slice of the region's largest cross-section, small, for the cohort table.</summary>
    public RenderedImage? Thumbnail(RegionMask region, string caseId, int colour)
    {
        if (!Planes.Contains(AnatomicalPlane.Axial))
        {
            return null;
        }

        PlaneLayout layout = _axes.Layout(AnatomicalPlane.Axial);
        long[] counts = region.CountsAlong(layout.Normal);
        int slice = region.Box.Lower[layout.Normal] + Array.IndexOf(counts, counts.Max());
        return Draw(region, null, layout, slice, _options.ThumbnailSize, _options.ThumbnailSize, colour, $"Case {caseId}: axial slice {slice}, the ROI's largest cross-section, ROI outlined");
    }

    /// <summary>One view at <paramref name="size"/> pixels on its longer side (integer scales per axis).</summary>
    internal RenderedImage Draw(RegionMask region, RegionMask? tinted, PlaneLayout layout, int slice, int size, int displaySize, int colour, string alt)
    {
        var (columns, rows) = (Frame(region, layout.ColumnAxis), Frame(region, layout.RowAxis));
        Vector3D spacing = _image.Geometry.Spacing;
        double widthMm = (columns.Last - columns.First + 1) * spacing[layout.ColumnAxis];
        double heightMm = (rows.Last - rows.First + 1) * spacing[layout.RowAxis];
        double pixelMm = Math.Max(widthMm, heightMm) / size;
        var request = new SliceRequest(_image, layout, slice, columns, rows, region, tinted, _window.Low, _window.High);
        AxisScale across = Readable(AxisScale.For(spacing[layout.ColumnAxis], pixelMm), columns.Last - columns.First + 1, ref alt, "columns");
        AxisScale down = Readable(AxisScale.For(spacing[layout.RowAxis], pixelMm), rows.Last - rows.First + 1, ref alt, "rows");
        return Encode(SliceRenderer.Render(request, across, down), colour, displaySize, alt);
    }

    /// <summary>
    /// <paramref name="scale"/>, stretched by an integer factor when the axis would be under <see cref="MinimumPixels"/>
    /// pixels (a plane across a few thick slices), which the text alternative then says.
    /// </summary>
    private static AxisScale Readable(AxisScale scale, int voxels, ref string alt, string axis)
    {
        int pixels = scale.Pixels(voxels);
        if (pixels >= MinimumPixels)
        {
            return scale;
        }

        int stretch = (MinimumPixels + pixels - 1) / pixels;
        alt += $" ({axis} stretched {stretch}×)";
        int cells = (voxels + scale.Reduce - 1) / scale.Reduce;
        return new AxisScale((MinimumPixels + cells - 1) / cells, scale.Reduce);
    }

    internal static RenderedImage Encode((byte[] Pixels, int Width, int Height) canvas, int colour, int displaySize, string alt)
    {
        int paletteLength = canvas.Pixels.Max() + 1;
        byte[] png = PngEncoder.Encode(canvas.Pixels, canvas.Width, canvas.Height, SlicePalette.Colours(colour, paletteLength));
        int factor = Math.Max(1, displaySize / Math.Max(canvas.Width, canvas.Height));
        return new RenderedImage(png, canvas.Width, canvas.Height, alt) { DisplayWidth = canvas.Width * factor, DisplayHeight = canvas.Height * factor };
    }

    /// <summary>The index range shown along <paramref name="axis"/>: the region's extent plus the margin, inside the image.</summary>
    private (int First, int Last) Frame(RegionMask region, int axis)
    {
        int lower = region.Box.Lower[axis], upper = region.Box.Upper[axis];
        int margin = Math.Max((int)Math.Ceiling(0.25 * (upper - lower + 1)), (int)Math.Ceiling(MarginMm / _image.Geometry.Spacing[axis]));
        return (Math.Max(0, lower - margin), Math.Min(_image.Geometry.Size[axis] - 1, upper + margin));
    }

    private string Describe(AnatomicalPlane plane, SliceChoice choice, int slice, long voxels, string region, string caseId, bool tinted)
    {
        string where = choice == SliceChoice.Centre ? "through its centre" : "of its largest cross-section";
        string window = string.Create(CultureInfo.InvariantCulture, $"window {_window.Low:0.##} to {_window.High:0.##}");
        return $"Case {caseId}, {region}: {plane.ToString().ToLowerInvariant()} slice {slice} {where}, {voxels} {region} voxels on it, outlined"
            + (tinted ? "; voxels removed by re-segmentation tinted red" : "") + $"; {window}";
    }
}
