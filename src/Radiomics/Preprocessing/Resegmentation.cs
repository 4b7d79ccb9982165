using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Preprocessing;

/// <summary>
/// PyRadiomics' <c>imageoperations.resegmentMask</c>: keeps the ROI voxels whose intensity lies in the closed
/// range given by <c>resegmentRange</c> (one value: ≥ lower only; two: lower ≤ x ≤ upper, the values sorted),
/// interpreted per <c>resegmentMode</c>: absolute intensities; relative to the ROI maximum (t · max);
/// or sigma, mean + t · std over the ROI (population std, numpy's default).
/// </summary>
public static class Resegmentation
{
    /// <summary>
    /// The re-segmented binary mask. Throws, as PyRadiomics, when the range has 0 or more than 2 values or
    /// when at most one voxel remains.
    /// </summary>
    public static Volume<byte> Apply(Volume<double> image, Volume<byte> mask, ResegmentationSettings settings, int label)
    {
        IReadOnlyList<double> range = settings.Range ?? throw new ArgumentException("resegmentRange is None.", nameof(settings));
        return Apply(image, mask, range, settings.Mode, label);
    }

    /// <summary>The re-segmented binary mask (1 where <paramref name="mask"/> holds <paramref name="label"/> and the intensity lies in the range).</summary>
    /// <param name="image">The image, on the mask's grid.</param>
    /// <param name="mask">The mask.</param>
    /// <param name="range">One value (lower bound) or two (lower and upper, inclusive; sorted here).</param>
    /// <param name="mode">How the range's values are read: absolute, relative to the ROI maximum, or in ROI standard deviations.</param>
    /// <param name="label">The ROI's label in <paramref name="mask"/>.</param>
    /// <exception cref="ArgumentException">The range has 0 or more than 2 values.</exception>
    /// <exception cref="ExtractionException">At most one voxel remains.</exception>
    public static Volume<byte> Apply(Volume<double> image, Volume<byte> mask, IReadOnlyList<double> range, ResegmentMode mode, int label = 1)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        if (range.Count is 0 or > 2)
        {
            throw new ArgumentException($"Length {range.Count} is not allowed for resegmentRange.", nameof(range));
        }

        if (image.Size != mask.Size)
        {
            throw new ArgumentException($"Image ({image.Size}) and mask ({mask.Size}) must share a grid.", nameof(mask));
        }

        double[] thresholds = range.Order().ToArray();
        ReadOnlySpan<double> values = image.Voxels;
        ReadOnlySpan<byte> roi = mask.Voxels;
        switch (mode)
        {
            case ResegmentMode.Absolute:
                break;
            case ResegmentMode.Relative:
                double max = double.NegativeInfinity;
                for (int i = 0; i < roi.Length; i++)
                {
                    if (roi[i] != 0)
                    {
                        max = Math.Max(max, values[i]);
                    }
                }

                for (int t = 0; t < thresholds.Length; t++)
                {
                    thresholds[t] = max * thresholds[t];
                }

                break;
            case ResegmentMode.Sigma:
                (double mean, double std) = RoiMeanAndPopulationStd(values, roi);
                for (int t = 0; t < thresholds.Length; t++)
                {
                    thresholds[t] = mean + std * thresholds[t];
                }

                break;
            default:
                throw new ArgumentException($"Resegment mode {mode} not recognized.", nameof(mode));
        }

        var result = new Volume<byte>(mask.Geometry);
        Span<byte> target = result.Voxels;
        int kept = 0;
        for (int i = 0; i < roi.Length; i++)
        {
            if (roi[i] != 0 && values[i] >= thresholds[0] && (thresholds.Length == 1 || values[i] <= thresholds[1]))
            {
                target[i] = 1;
                kept++;
            }
        }

        if (kept <= 1)
        {
            throw new ExtractionException(
                $"re-segmentation (resegmentRange, as thresholds {string.Join(" to ", thresholds)}) leaves {kept} voxel(s) of label {label} in the ROI; features need at least 2 (widen the range)");
        }

        return result;
    }

    private static (double Mean, double Std) RoiMeanAndPopulationStd(ReadOnlySpan<double> values, ReadOnlySpan<byte> roi)
    {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < roi.Length; i++)
        {
            if (roi[i] != 0)
            {
                sum += values[i];
                count++;
            }
        }

        double mean = sum / count;
        double squares = 0;
        for (int i = 0; i < roi.Length; i++)
        {
            if (roi[i] != 0)
            {
                double d = values[i] - mean;
                squares += d * d;
            }
        }

        return (mean, Math.Sqrt(squares / count));
    }
}
