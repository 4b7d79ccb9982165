using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Preprocessing;

/// <summary>
/// PyRadiomics' <c>imageoperations.normalizeImage</c> (<c>normalize: true</c>): SimpleITK's <c>Normalize</c>
/// over every voxel of the image (not only the ROI), then optional outlier clipping, then scaling:
/// f(x) = s · clip((x − μ)/σ, −n, n), with μ the mean and σ the sample standard deviation (ITK's
/// StatisticsImageFilter divides by N − 1), n = <c>removeOutliers</c> and s = <c>normalizeScale</c>.
/// The result is double (SimpleITK's output type for Normalize), so later resampling keeps doubles.
/// </summary>
public static class Normalisation
{
    /// <summary>Normalises with the settings' <c>normalizeScale</c> and <c>removeOutliers</c>.</summary>
    public static Volume<double> Apply(Volume<double> image, NormalisationSettings settings) =>
        Apply(image, settings.Scale, settings.RemoveOutliers);

    /// <summary>The normalised image, a new volume on the same grid.</summary>
    /// <param name="image">The whole image (every voxel counts towards μ and σ).</param>
    /// <param name="scale">s, the factor applied last (<c>normalizeScale</c>).</param>
    /// <param name="removeOutliers">n, the clip in σ (<c>removeOutliers</c>), or null for none.</param>
    public static Volume<double> Apply(Volume<double> image, double scale, double? removeOutliers)
    {
        ArgumentNullException.ThrowIfNull(image);
        (double mean, double sigma) = MeanAndSampleSigma(image.Voxels);
        double shift = -mean;
        double factor = 1.0 / sigma;
        var result = new Volume<double>(image.Geometry);
        ReadOnlySpan<double> source = image.Voxels;
        Span<double> target = result.Voxels;
        for (int i = 0; i < source.Length; i++)
        {
            double value = (source[i] + shift) * factor;
            if (removeOutliers is double n)
            {
                value = value > n ? n : value < -n ? -n : value;
            }

            target[i] = value * scale;
        }

        return result;
    }

    /// <summary>ITK's StatisticsImageFilter: compensated sums of x and x², σ² = (Σx² − (Σx)²/N)/(N − 1).</summary>
    internal static (double Mean, double Sigma) MeanAndSampleSigma(ReadOnlySpan<double> values)
    {
        double sum = 0, sumCompensation = 0, squares = 0, squaresCompensation = 0;
        foreach (double x in values)
        {
            Accumulate(ref sum, ref sumCompensation, x);
            Accumulate(ref squares, ref squaresCompensation, x * x);
        }

        return MeanAndSampleSigma(values.Length, sum + sumCompensation, squares + squaresCompensation);
    }

    /// <summary>Mean and sample σ from N, Σx and Σx² (the compensated totals), as ITK's StatisticsImageFilter forms them.</summary>
    internal static (double Mean, double Sigma) MeanAndSampleSigma(double n, double total, double totalSquares)
    {
        double variance = (totalSquares - (total * total / n)) / (n - 1);
        return (total / n, Math.Sqrt(variance));
    }

    /// <summary>Neumaier's compensated summation step.</summary>
    internal static void Accumulate(ref double sum, ref double compensation, double value)
    {
        double t = sum + value;
        compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - t) + value : (value - t) + sum;
        sum = t;
    }
}
