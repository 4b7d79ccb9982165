using System.Globalization;

namespace Radiomics.Analysis.Reports;

/// <summary>The warnings worth a human look, from a case's measured values and the thresholds (docs/report.md lists them).</summary>
internal static class CaseWarnings
{
    public static List<ReportWarning> Evaluate(CaseFacts facts, ReportThresholds thresholds)
    {
        var warnings = new List<ReportWarning>();
        if (facts.FeatureVoxels is { } voxels && voxels < thresholds.MinimumVoxels)
        {
            warnings.Add(new(WarningKind.SmallRoi, $"The ROI has {voxels} voxels (fewer than {thresholds.MinimumVoxels}): texture features of so few voxels are unstable."));
        }

        if (facts.Components is { } components && components > thresholds.MaximumComponents)
        {
            warnings.Add(new(WarningKind.SeveralComponents, $"The ROI has {components} connected components: check that the segmentation holds one lesion."));
        }

        if (facts.FeatureSpacing is { Length: > 1 } spacing && spacing.Min() > 0)
        {
            double ratio = spacing.Max() / spacing.Min();
            if (ratio > thresholds.MaximumSpacingRatio)
            {
                warnings.Add(new(WarningKind.AnisotropicVoxels,
                    $"The voxels are strongly anisotropic ({Tuple(spacing)} mm, ratio {N(ratio)} > {N(thresholds.MaximumSpacingRatio)}): 3D texture mixes very different distances; consider resampling or 2D features."));
            }
        }

        if (facts is { BoxLower: { } lower, BoxSize: { } size, GridSize: { } grid } && lower.Length == 3 && size.Length == 3 && grid.Length == 3)
        {
            var touched = new List<string>();
            for (int a = 0; a < 3; a++)
            {
                if (grid[a] > 1 && (lower[a] <= 0 || lower[a] + size[a] >= grid[a]))
                {
                    touched.Add("xyz"[a].ToString());
                }
            }

            if (touched.Count > 0)
            {
                warnings.Add(new(WarningKind.RoiTouchesBorder,
                    $"The ROI touches the image's border along {string.Join(", ", touched)}: the lesion may extend beyond the scan (or the mask is misplaced)."));
            }
        }

        if (ImplausibleIntensities(facts, thresholds) is { } implausible)
        {
            warnings.Add(new(WarningKind.ImplausibleIntensities, implausible));
        }

        if (facts is { InputSpacing: { } input, ResampledSpacing: { } resampled } && input.Length == resampled.Length)
        {
            double factor = 1;
            for (int a = 0; a < input.Length; a++)
            {
                if (input[a] > 0 && resampled[a] > 0)
                {
                    factor = Math.Max(factor, Math.Max(resampled[a] / input[a], input[a] / resampled[a]));
                }
            }

            if (factor > thresholds.MaximumResamplingFactor)
            {
                warnings.Add(new(WarningKind.LargeResampling,
                    $"Resampling from {Tuple(input)} to {Tuple(resampled)} mm changes a spacing {N(factor)}-fold (more than {N(thresholds.MaximumResamplingFactor)}): interpolation dominates the texture."));
            }
        }

        if (facts.Resegmentation is { } reseg && reseg.RemovedFraction > thresholds.MaximumRemovedFraction)
        {
            warnings.Add(new(WarningKind.ManyVoxelsRemoved,
                $"Re-segmentation {reseg.Range} removed {reseg.Removed} of {reseg.Before} voxels ({N(100 * reseg.RemovedFraction)}% > {N(100 * thresholds.MaximumRemovedFraction)}%)."));
        }

        return warnings;
    }

    private static string? ImplausibleIntensities(CaseFacts facts, ReportThresholds thresholds)
    {
        if (facts.RoiMinimum is not { } min || facts.RoiMaximum is not { } max)
        {
            return null;
        }

        if (facts.Modality == ImagingModality.CT)
        {
            var (lower, upper) = thresholds.CtPlausibleRange;
            return min < lower || max > upper
                ? $"CT intensities inside the ROI span [{N(min)}, {N(max)}] HU, outside the plausible [{N(lower)}, {N(upper)}]: padding, metal or a unit problem (not HU?)."
                : null;
        }

        return facts.Modality == ImagingModality.PET && min < thresholds.PetMinimum
            ? $"PET intensities inside the ROI go down to {N(min)}, below {N(thresholds.PetMinimum)}: negative activity is not physical (reconstruction or unit problem?)."
            : null;
    }

    internal static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Tuple(double[] values) => string.Join(" × ", values.Select(N));
}
