using System.Globalization;
using Radiomics.Analysis.Reports.Rendering;
using Radiomics.Analysis.Reports.Statistics;
using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Analysis.Reports;

/// <summary>
/// Turns a case's extraction output and loaded inputs (<see cref="CaseReportData"/>) into what the report shows
/// (<see cref="CaseReport"/>): slice views with the ROI and each derived region outlined, intensity histograms with the
/// discretisation's bin edges, re-segmentation's effect, key diagnostics and warnings. It reads and draws only: the
/// extraction is never run again. Thread-safe (no shared state); the result holds no image data.
/// </summary>
public static class CaseReportBuilder
{
    /// <summary>The name of the label's region.</summary>
    public const string RoiName = "ROI";

    /// <summary>Outline colours (0xRRGGBB): the ROI's, then the derived regions' in turn.</summary>
    private static readonly int[] Colours = [0xFFD23F, 0x3FD2FF, 0xFF8C3F, 0x8CFF3F, 0xFF3FD2, 0xB28CFF];

    /// <summary>The CT soft-tissue window, centre 40 HU and width 400 HU.</summary>
    public static (double Low, double High) CtWindow => (40 - 200, 40 + 200);

    /// <summary>What the report shows of the case in <paramref name="data"/>, drawn with <paramref name="options"/> (the defaults when null).</summary>
    public static CaseReport Build(CaseReportData data, CaseReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= CaseReportOptions.Default;
        var diagnostics = new DiagnosticValues(data.Entries);
        RadiomicsSettings settings = data.Settings;
        var notes = new List<string>(data.Notes);
        var problems = new List<ReportWarning>();
        var regions = new List<RegionReport>();
        RenderedImage? thumbnail = null;
        string? window = null;
        RegionMask? roi = null;
        RegionMask? removed = null;
        double? roiMin = null, roiMax = null;
        double imageMinimum = diagnostics.Number("diagnostics_Image-original_Minimum") ?? double.NaN;
        if (double.IsNaN(imageMinimum) && data.Image is not null)
        {
            imageMinimum = data.Image.Statistics().Minimum;
        }

        ImagingModality modality = ModalityDetection.Resolve(data.Modality, imageMinimum);
        if (data.Image is { } image && data.Mask is { } mask)
        {
            // Without resampling, normalisation or re-segmentation the ROI the extraction recorded is the label's ROI on
            // the image's grid: taken as it is, the mask need not be searched again.
            string? problem = null;
            bool unchanged = settings is { Resegmentation.Range: null, Resampling.Spacing: null, Normalisation.Enabled: false };
            roi = unchanged && data.Recorded is { } recordedInput ? RoiLocator.OnImageGrid(image.Geometry, recordedInput.Mask) : null;
            if (roi is not null && !RoiLocator.HoldsLabel(mask, image.Geometry, roi, settings))
            {
                roi = null; // recorded for another label or mask
            }

            roi ??= RoiLocator.Roi(image, mask, settings, out problem);
            if (roi is null)
            {
                problems.Add(new(WarningKind.InputProblem, $"The ROI cannot be shown: {problem}."));
            }
            else
            {
                // The ROI's intensities: those the extraction recorded when its ROI is this one on this grid (no
                // resampling, normalisation or re-segmentation), else read from the image.
                bool same = unchanged && data.Recorded is { } seen && seen.RoiValues.Length == roi.Count;
                Volume<double>? roiImage = same ? null : image.ToDoubleVolume(roi.Box.Lower, roi.Box.Size);
                double[] roiValues = roiImage is null ? data.Recorded!.RoiValues : ValuesInside(roiImage, roi);
                (roiMin, roiMax) = Range(roiValues);
                (double Low, double High) range = modality == ImagingModality.CT ? CtWindow : PercentileWindow(roiValues, roiMin, roiMax);
                window = modality == ImagingModality.CT
                    ? "W400/L40 (CT soft tissue)"
                    : string.Create(CultureInfo.InvariantCulture, $"W{range.High - range.Low:0.###}/L{(range.High + range.Low) / 2:0.###} (the ROI's 1st–99th percentiles)");
                removed = Removed(roi, roiImage, data.Recorded, image.Geometry, settings);
                var views = new SliceViews(image, range, options);
                regions.Add(new RegionReport(RoiName, Css(Colours[0]), roi.Count, views.Draw(roi, removed, RoiName, data.Id, Colours[0]),
                    RoiHistogram(roiValues, roi, roiImage, removed, data.Recorded, settings, options)));
                thumbnail = views.Thumbnail(roi, data.Id, Colours[0]);
                for (int r = 0; r < data.Regions.Count; r++)
                {
                    ReportRegion derived = data.Regions[r];
                    int colour = Colours[(r + 1) % Colours.Length];
                    if (RoiLocator.OnImageGrid(image.Geometry, derived.Mask) is not { } region)
                    {
                        problems.Add(new(WarningKind.InputProblem, $"Region '{derived.Name}' is empty or not on the image's grid; it is not shown."));
                        continue;
                    }

                    double[] values = ValuesInside(image.ToDoubleVolume(region.Box.Lower, region.Box.Size), region);
                    regions.Add(new RegionReport(derived.Name, Css(colour), region.Count, views.Draw(region, null, derived.Name, data.Id, colour),
                        IntensityHistograms.Count(values, [], options.HistogramBins, [], [], "from the input image")));
                }
            }
        }
        else
        {
            notes.Add("The image and mask were not loaded: no slices or histograms for this case.");
        }

        ResegmentationEffect? resegmentation = Resegmentation(diagnostics, settings, roi, removed, data.Recorded);
        var facts = new CaseFacts(
            FeatureVoxels: Whole(diagnostics.FirstNumber("diagnostics_Mask-resegmented_VoxelNum", "diagnostics_Mask-interpolated_VoxelNum",
                "diagnostics_Mask-corrected_VoxelNum", "diagnostics_Mask-original_VoxelNum")) ?? (data.Recorded is { } rec ? rec.RoiValues.Length : roi?.Count),
            Components: Whole(diagnostics.Number("diagnostics_Mask-original_VolumeNum")) ?? (roi is null ? null : ConnectedComponents.Count(RoiVolume(roi))),
            FeatureSpacing: MultiVoxelAxes(diagnostics.Tuple("diagnostics_Image-interpolated_Spacing") ?? diagnostics.Tuple("diagnostics_Image-original_Spacing")
                ?? Spacing(data.Image), diagnostics.Tuple("diagnostics_Image-interpolated_Size") ?? diagnostics.Tuple("diagnostics_Image-original_Size") ?? Size(data.Image)),
            BoxLower: diagnostics.Tuple("diagnostics_Mask-original_BoundingBox")?[..3] ?? (roi is null ? null : [roi.Box.Lower.X, roi.Box.Lower.Y, roi.Box.Lower.Z]),
            BoxSize: diagnostics.Tuple("diagnostics_Mask-original_BoundingBox")?[3..] ?? (roi is null ? null : [roi.Box.Size.X, roi.Box.Size.Y, roi.Box.Size.Z]),
            GridSize: diagnostics.Tuple("diagnostics_Mask-original_Size") ?? Size(data.Mask),
            RoiMinimum: roiMin ?? diagnostics.Number("original_firstorder_Minimum"),
            RoiMaximum: roiMax ?? diagnostics.Number("original_firstorder_Maximum"),
            Modality: modality,
            InputSpacing: diagnostics.Tuple("diagnostics_Image-original_Spacing"),
            ResampledSpacing: diagnostics.Tuple("diagnostics_Image-interpolated_Spacing"),
            Resegmentation: resegmentation);
        List<ReportWarning> warnings = CaseWarnings.Evaluate(facts, options.Thresholds);
        warnings.AddRange(problems);

        return new CaseReport(data.Id)
        {
            Label = data.Label,
            ImagePath = data.ImagePath,
            MaskPath = data.MaskPath,
            Modality = modality,
            Window = window,
            Regions = regions,
            Thumbnail = thumbnail,
            Resegmentation = resegmentation,
            KeyDiagnostics = KeyDiagnostics.Of(diagnostics, data.Entries),
            Diagnostics = data.Entries.Where(e => e.Key.StartsWith("diagnostics_", StringComparison.Ordinal)).Select(e => KeyValuePair.Create(e.Key, e.Value.ToString())).ToList(),
            Features = data.Entries.Where(e => !e.Key.StartsWith("diagnostics_", StringComparison.Ordinal) && e.Value.IsNumber)
                .Select(e => KeyValuePair.Create(e.Key, e.Value.Number)).ToList(),
            Warnings = warnings,
            Notes = notes,
            VoxelCount = Whole(diagnostics.Number("diagnostics_Mask-original_VoxelNum")) ?? roi?.Count,
        };
    }

    /// <summary>The ROI's 1st and 99th percentiles (to 1/1024 of its range; a unit window around a constant ROI).</summary>
    private static (double Low, double High) PercentileWindow(double[] values, double? min, double? max)
    {
        if (min is not { } lowest || max is not { } highest)
        {
            return (0, 1);
        }

        double low = Quantiles.Approximate(values, 0.01, lowest, highest), high = Quantiles.Approximate(values, 0.99, lowest, highest);
        return high > low ? (low, high) : (low - 0.5, low + 0.5);
    }

    /// <summary>The lowest and highest finite value, or nulls when there is none.</summary>
    private static (double? Min, double? Max) Range(double[] values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (double.IsFinite(v))
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        return double.IsFinite(min) ? (min, max) : (null, null);
    }

    /// <summary>
    /// The ROI's voxels re-segmentation removed, on the image's grid: the recorded features' ROI subtracted when it lies
    /// on the image's grid; else the core's re-segmentation of the ROI when the features' grid is the image's; else null.
    /// </summary>
    private static RegionMask? Removed(RegionMask roi, Volume<double>? roiImage, RecordedFeatureInput? recorded, ImageGeometry image, RadiomicsSettings settings)
    {
        if (settings.Resegmentation.Range is null || roiImage is null)
        {
            return null;
        }

        if (recorded is not null)
        {
            return RoiLocator.OnImageGrid(image, recorded.Mask) is { } kept ? RoiLocator.Difference(roi, kept) : null;
        }

        if (settings.Resampling.Spacing is not null || settings.Normalisation.Enabled)
        {
            return null;
        }

        RegionMask? resegmented = RoiLocator.Resegment(roiImage, roi, settings);
        return resegmented is null ? roi : RoiLocator.Difference(roi, resegmented);
    }

    private static IntensityHistogram RoiHistogram(
        double[] roiValues, RegionMask roi, Volume<double>? roiImage, RegionMask? removed, RecordedFeatureInput? recorded, RadiomicsSettings settings, CaseReportOptions options)
    {
        double[] removedValues = removed is null || roiImage is null || settings.Normalisation.Enabled ? [] : ValuesInside(roiImage, roi, removed);
        double[] kept;
        string source;
        if (recorded is not null)
        {
            kept = recorded.RoiValues;
            source = "as the features saw them (after resampling, normalisation and re-segmentation)";
        }
        else
        {
            kept = removed is null || roiImage is null ? roiValues : ValuesInside(roiImage, roi, removed, keepOutside: true);
            source = "from the input image on its own grid";
        }

        double[] edges = recorded?.BinEdges ?? IntensityHistograms.EdgesFor(kept, settings);
        return IntensityHistograms.Count(kept, removedValues, options.HistogramBins, edges, IntensityHistograms.Thresholds(roiValues, settings), source);
    }

    private static ResegmentationEffect? Resegmentation(DiagnosticValues diagnostics, RadiomicsSettings settings, RegionMask? roi, RegionMask? removed, RecordedFeatureInput? recorded)
    {
        if (settings.Resegmentation.Range is not { } range)
        {
            return null;
        }

        long? before = Whole(diagnostics.FirstNumber("diagnostics_Mask-interpolated_VoxelNum", "diagnostics_Mask-corrected_VoxelNum", "diagnostics_Mask-original_VoxelNum")) ?? roi?.Count;
        long? after = Whole(diagnostics.Number("diagnostics_Mask-resegmented_VoxelNum")) ?? (long?)recorded?.RoiValues.Length ?? (roi is null ? null : roi.Count - (removed?.Count ?? 0));
        if (before is null || after is null)
        {
            return null;
        }

        string text = string.Create(CultureInfo.InvariantCulture, $"[{string.Join(", ", range.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}] ({settings.Resegmentation.Mode.ToString().ToLowerInvariant()})");
        return new ResegmentationEffect(text, before.Value, after.Value);
    }

    /// <summary>The intensities of <paramref name="region"/>'s voxels (optionally only those in, or outside, <paramref name="within"/>).</summary>
    private static double[] ValuesInside(Volume<double> boxImage, RegionMask region, RegionMask? within = null, bool keepOutside = false)
    {
        if (within is null)
        {
            // The common case, without a per-voxel membership test: every voxel of the region, in grid order.
            var all = new double[region.Count];
            ReadOnlySpan<byte> voxels = region.Voxels;
            ReadOnlySpan<double> image = boxImage.Voxels;
            for (int v = 0, n = 0; v < voxels.Length; v++)
            {
                if (voxels[v] != 0)
                {
                    all[n++] = image[v];
                }
            }

            return all;
        }

        var values = new List<double>((int)region.Count);
        BoundingBox box = region.Box;
        ReadOnlySpan<byte> inside = region.Voxels;
        ReadOnlySpan<double> intensities = boxImage.Voxels;
        int i = 0;
        for (int z = box.Lower.Z; z <= box.Upper.Z; z++)
        {
            for (int y = box.Lower.Y; y <= box.Upper.Y; y++)
            {
                for (int x = box.Lower.X; x <= box.Upper.X; x++, i++)
                {
                    if (inside[i] != 0 && (within is null || within.Contains(x, y, z) != keepOutside))
                    {
                        values.Add(intensities[i]);
                    }
                }
            }
        }

        return [.. values];
    }

    private static Volume<byte> RoiVolume(RegionMask roi) => new(ImageGeometry.Unit(roi.Box.Size), roi.Voxels.ToArray());

    private static long? Whole(double? value) => value is { } v && double.IsFinite(v) ? (long)Math.Round(v) : null;

    private static double[]? Spacing(ImageData? image) => image is null ? null : [image.Geometry.Spacing.X, image.Geometry.Spacing.Y, image.Geometry.Spacing.Z];

    private static double[]? Size(ImageData? image) => image is null ? null : [image.Geometry.Size.X, image.Geometry.Size.Y, image.Geometry.Size.Z];

    /// <summary>The spacings of the axes with more than one voxel (a single-slice image's slice spacing does not matter).</summary>
    private static double[]? MultiVoxelAxes(double[]? spacing, double[]? size) =>
        spacing is null ? null : size is null || size.Length != spacing.Length ? spacing : [.. spacing.Where((_, a) => size[a] > 1)];

    private static string Css(int colour) => "#" + colour.ToString("x6", CultureInfo.InvariantCulture);
}
