using System.Runtime.CompilerServices;
using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Preprocessing;

/// <summary>
/// <see cref="Preprocessing.Normalisation"/> (PyRadiomics' <c>normalize</c>: f(x) = s · clip((x − μ)/σ, −n, n) with
/// the whole image's mean μ and sample standard deviation σ) without a converted copy of the whole image: the
/// statistics are accumulated slice by slice over the stored voxels, in the same order and with the same compensated
/// sums, and the map is then applied to any part of the image. Every value equals the whole-image normalisation's.
/// </summary>
internal sealed class StreamingNormalisation
{
    private readonly double _shift;
    private readonly double _factor;
    private readonly double _scale;
    private readonly double? _removeOutliers;

    private StreamingNormalisation(double mean, double sigma, double scale, double? removeOutliers)
    {
        _shift = -mean;
        _factor = 1.0 / sigma;
        _scale = scale;
        _removeOutliers = removeOutliers;
    }

    /// <summary>The normalisation of <paramref name="image"/>'s first component with <c>normalizeScale</c> and <c>removeOutliers</c>.</summary>
    public static StreamingNormalisation Of(ImageData image, NormalisationSettings settings)
    {
        var sums = new CompensatedMoments();
        ForEachSlice(image, sums.Add);
        (double mean, double sigma) = sums.MeanAndSampleSigma();
        return new StreamingNormalisation(mean, sigma, settings.Scale, settings.RemoveOutliers);
    }

    /// <summary>Replaces each value by its normalised value (the expression and order of <see cref="Preprocessing.Normalisation.Apply(Volume{double}, double, double?)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ApplyInPlace(Span<double> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            double value = (values[i] + _shift) * _factor;
            if (_removeOutliers is double n)
            {
                value = value > n ? n : value < -n ? -n : value;
            }

            values[i] = value * _scale;
        }
    }

    /// <summary>max |f(x)| over the whole image (NaN propagating).</summary>
    public double MaxAbs(ImageData image)
    {
        double max = 0;
        bool nan = false;
        ForEachSlice(image, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (slice) =>
        {
            if (nan)
            {
                return;
            }

            ApplyInPlace(slice);
            foreach (double x in slice)
            {
                double a = Math.Abs(x);
                if (a > max)
                {
                    max = a;
                }
                else if (double.IsNaN(a))
                {
                    max = a;
                    nan = true;
                    return;
                }
            }
        });
        return max;
    }

    private delegate void SliceAction(Span<double> values);

    /// <summary>Each z-slice of the first component, in order, converted to double in one reused buffer (no fresh array per slice).</summary>
    private static void ForEachSlice(ImageData image, SliceAction action)
    {
        Size3 size = image.Geometry.Size;
        var slice = new double[size.X * size.Y];
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                StoredRows.Read(image, y, z, slice.AsSpan(y * size.X, size.X));
            }

            action(slice);
        }
    }

    /// <summary>ITK's StatisticsImageFilter sums: Neumaier-compensated Σx and Σx², σ² = (Σx² − (Σx)²/N)/(N − 1).</summary>
    private sealed class CompensatedMoments
    {
        private double _sum, _sumCompensation, _squares, _squaresCompensation;
        private long _count;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(Span<double> values)
        {
            foreach (double x in values)
            {
                Accumulate(ref _sum, ref _sumCompensation, x);
                Accumulate(ref _squares, ref _squaresCompensation, x * x);
            }

            _count += values.Length;
        }

        public (double Mean, double Sigma) MeanAndSampleSigma() =>
            Normalisation.MeanAndSampleSigma(_count, _sum + _sumCompensation, _squares + _squaresCompensation);

        private static void Accumulate(ref double sum, ref double compensation, double value) =>
            Normalisation.Accumulate(ref sum, ref compensation, value);
    }
}
