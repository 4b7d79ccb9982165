using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Ibsi;

/// <summary>
/// IBSI re-segmentation (IBSI 1, "Re-segmentation"): the intensity mask keeps the ROI voxels whose intensity lies
/// in the closed range [lower, upper] and, with outlier filtering, within mean ± 3σ of the ROI intensities (σ the
/// population standard deviation). Both criteria are taken on the ROI before re-segmentation and combined as an
/// intersection. The morphological mask is the ROI itself, unchanged.
/// </summary>
public static class IbsiResegmentation
{
    /// <summary>The intensity mask: 1 where <paramref name="roi"/> is non-zero and both criteria hold, on the ROI's grid.</summary>
    /// <param name="image">The image, on the ROI's grid.</param>
    /// <param name="roi">The ROI before re-segmentation (non-zero inside).</param>
    /// <param name="range">[lower, upper], inclusive, in image units; either bound may be infinite; null for no range.</param>
    /// <param name="outlierFiltering">Also keep only voxels within mean ± 3σ of the ROI's intensities.</param>
    public static Volume<byte> Apply(Volume<double> image, Volume<byte> roi, (double Lower, double Upper)? range, bool outlierFiltering)
    {
        ReadOnlySpan<double> values = image.Voxels;
        ReadOnlySpan<byte> mask = roi.Voxels;
        double lower = range?.Lower ?? double.NegativeInfinity, upper = range?.Upper ?? double.PositiveInfinity;
        if (outlierFiltering)
        {
            double sum = 0, sumSquares = 0;
            long count = 0;
            for (int i = 0; i < mask.Length; i++)
            {
                if (mask[i] != 0)
                {
                    sum += values[i];
                    count++;
                }
            }

            double mean = sum / count;
            for (int i = 0; i < mask.Length; i++)
            {
                if (mask[i] != 0)
                {
                    sumSquares += (values[i] - mean) * (values[i] - mean);
                }
            }

            double sigma = Math.Sqrt(sumSquares / count);
            lower = Math.Max(lower, mean - 3 * sigma);
            upper = Math.Min(upper, mean + 3 * sigma);
        }

        var result = new Volume<byte>(roi.Geometry);
        Span<byte> target = result.Voxels;
        for (int i = 0; i < mask.Length; i++)
        {
            target[i] = mask[i] != 0 && values[i] >= lower && values[i] <= upper ? (byte)1 : (byte)0;
        }

        return result;
    }
}
