using Radiomics.Imaging;
using Radiomics.Preprocessing.Perturbation;

namespace Radiomics.Filters.Wavelets;

/// <summary>
/// The image noise level σ estimated as Chang, Yu and Vetterli (2000, "Adaptive wavelet thresholding for image
/// denoising and compression", IEEE Trans Image Process 9:1532) do, in the form MIRP's <c>estimate_noise(method =
/// "chang")</c> uses: the in-plane HH band of the undecimated coif1 transform (the image filtered with pywt's coif1
/// <c>dec_hi</c> along y, then along x, every slice, scipy's <c>convolve1d</c> with <c>mode = "reflect"</c>), and
/// σ = median(|HH|) / Φ⁻¹(¾).
/// </summary>
/// <remarks>
/// <para>The constant is Φ⁻¹(¾) = 0.6744897501960817, the median of |Z| for a standard normal Z, so that the estimate
/// is unbiased for Gaussian noise (the coif1 filters have unit energy, so HH of white noise of σ has standard deviation
/// σ). MIRP divides by 0.6754, a transposition of those digits; its σ is 0.13% smaller than ours.</para>
/// <para>The median is exact (numpy's: the mean of the two middle values for an even count), found by radix selection
/// on the bits of |HH| with the band recomputed per pass: a histogram of the top 16 bits, then the values of the one or
/// two buckets holding the middle ranks, sorted (or, for a bucket too large to hold, 16 more bits per pass). Memory
/// stays at a few slices and a bucket whatever the image size. The whole image counts, as in MIRP; the result does not
/// depend on the thread count.</para>
/// </remarks>
public static class NoiseEstimation
{
    /// <summary>Φ⁻¹(¾): the median of the absolute value of a standard normal deviate.</summary>
    public const double NormalMadConstant = 0.6744897501960817;

    /// <summary>σ of <paramref name="image"/> (0 for a noise-free or constant image; NaN for an image with a NaN voxel).</summary>
    public static double ChangSigma(Volume<double> image, ParallelOptions? parallel = null) => ChangSigma(image, parallel, 1L << 24);

    /// <summary><see cref="ChangSigma(Volume{double}, ParallelOptions?)"/>, sorting a middle bucket of at most <paramref name="collectLimit"/> values (tests force the bit-by-bit path with 0).</summary>
    internal static double ChangSigma(Volume<double> image, ParallelOptions? parallel, long collectLimit)
    {
        ArgumentNullException.ThrowIfNull(image);
        var band = new HighHighBand(image, WaveletFilterBank.Get("coif1").DecompositionHighPass.ToArray(), ParallelDefaults.OrDefault(parallel), collectLimit);
        long n = image.Length;
        (double lower, double upper) = band.SelectPair((n - 1) / 2, n / 2);
        return (lower + upper) / 2 / NormalMadConstant;
    }

    /// <summary>|HH| of the image, recomputed slice by slice for each pass of the selection.</summary>
    /// <param name="collectLimit">The largest bucket collected whole for sorting; larger ones are refined bit by bit.</param>
    /// <param name="image">The image whose noise is estimated.</param>
    /// <param name="filter">The wavelet's high-pass decomposition filter.</param>
    /// <param name="parallel">The degree of parallelism over slices.</param>
    private sealed class HighHighBand(Volume<double> image, double[] filter, ParallelOptions parallel, long collectLimit)
    {
        private const int Bits = 16;

        /// <summary>The values of ranks <paramref name="low"/> and <paramref name="high"/> (0-based, ascending; high ≥ low) of |HH|.</summary>
        public (double Low, double High) SelectPair(long low, long high)
        {
            long[] counts = Histogram(0, 0, 64 - Bits);
            (int lowBucket, long lowOffset) = Locate(counts, low);
            (int highBucket, long highOffset) = Locate(counts, high);
            long size = counts[lowBucket] + (highBucket == lowBucket ? 0 : counts[highBucket]);
            if (size > collectLimit)
            {
                return (Select(low), Select(high));
            }

            var collected = new List<double>((int)size);
            ForEachSlice(() => [], (band, _) =>
            {
                List<double>? found = null;
                foreach (double v in band)
                {
                    int bucket = (int)(BitConverter.DoubleToUInt64Bits(Math.Abs(v)) >> (64 - Bits));
                    if (bucket == lowBucket || bucket == highBucket)
                    {
                        (found ??= []).Add(Math.Abs(v));
                    }
                }

                if (found is not null)
                {
                    lock (collected)
                    {
                        collected.AddRange(found);
                    }
                }
            }, _ => { });
            double[] values = [.. collected];
            Array.Sort(values); // the buckets' values in order: the collection order (threads) does not matter
            long second = highBucket == lowBucket ? highOffset : counts[lowBucket] + highOffset;
            return (values[lowOffset], values[second]);
        }

        /// <summary>The value of rank <paramref name="rank"/> (0-based, ascending) of |HH| over the whole image, 16 bits per pass.</summary>
        public double Select(long rank)
        {
            // |HH| ≥ 0 (or NaN, ordered last), so its IEEE bits order like its values: refine 16 bits at a time, each
            // pass counting the candidates (the values sharing the bits found so far) by their next 16 bits.
            ulong prefix = 0;
            for (int shift = 64 - Bits; shift >= 0; shift -= Bits)
            {
                ulong known = shift + Bits == 64 ? 0 : ulong.MaxValue << (shift + Bits);
                (int bucket, rank) = Locate(Histogram(known, prefix, shift), rank);
                prefix |= (ulong)bucket << shift;
            }

            return BitConverter.UInt64BitsToDouble(prefix);
        }

        /// <summary>The bucket holding rank <paramref name="rank"/> and the rank within it.</summary>
        private static (int Bucket, long Offset) Locate(long[] counts, long rank)
        {
            int bucket = 0;
            while (rank >= counts[bucket])
            {
                rank -= counts[bucket++];
            }

            return (bucket, rank);
        }

        /// <summary>Counts of the values whose bits under <paramref name="known"/> equal <paramref name="prefix"/>, by their 16 bits at <paramref name="shift"/>.</summary>
        private long[] Histogram(ulong known, ulong prefix, int shift)
        {
            long[] counts = new long[1 << Bits];
            ForEachSlice(() => new long[1 << Bits], (band, local) =>
            {
                foreach (double v in band)
                {
                    ulong bits = BitConverter.DoubleToUInt64Bits(Math.Abs(v));
                    if ((bits & known) == prefix)
                    {
                        local[(int)((bits >> shift) & 0xFFFF)]++;
                    }
                }
            }, local =>
            {
                for (int i = 0; i < local.Length; i++)
                {
                    counts[i] += local[i];
                }
            });
            return counts;
        }

        /// <summary>
        /// Runs <paramref name="body"/> on the HH band of every slice with per-thread state, merged by
        /// <paramref name="merge"/> under a lock (counts: the merge order does not change the result).
        /// </summary>
        private void ForEachSlice(Func<long[]> init, Action<ReadOnlySpan<double>, long[]> body, Action<long[]> merge)
        {
            Size3 size = image.Size;
            int sliceLength = size.X * size.Y;
            var gate = new object();
            Parallel.For(0, size.Z, parallel, () => (Low: new double[sliceLength], Band: new double[sliceLength], State: init()), (z, _, local) =>
            {
                ReadOnlySpan<double> slice = image.Buffer.AsSpan(z * sliceLength, sliceLength);
                FilterAlongY(slice, local.Low, size.X, size.Y);
                FilterAlongX(local.Low, local.Band, size.X, size.Y);
                body(local.Band, local.State);
                return local;
            }, local =>
            {
                lock (gate)
                {
                    merge(local.State);
                }
            });
        }

        /// <summary>scipy's <c>convolve1d(weights = filter, mode = "reflect")</c> along y: out[y] = Σₖ h[k] · in[y + 1 − k].</summary>
        private void FilterAlongY(ReadOnlySpan<double> input, Span<double> output, int width, int height)
        {
            for (int y = 0; y < height; y++)
            {
                Span<double> row = output.Slice(y * width, width);
                row.Clear();
                for (int k = 0; k < filter.Length; k++)
                {
                    double h = filter[k];
                    ReadOnlySpan<double> source = input.Slice(ScipyReflect.Index(y + 1 - k, height) * width, width);
                    for (int x = 0; x < width; x++)
                    {
                        row[x] += h * source[x];
                    }
                }
            }
        }

        /// <summary>The same filter along x (the reflection only near the ends of a row).</summary>
        private void FilterAlongX(ReadOnlySpan<double> input, Span<double> output, int width, int height)
        {
            int taps = filter.Length;
            for (int y = 0; y < height; y++)
            {
                ReadOnlySpan<double> row = input.Slice(y * width, width);
                Span<double> target = output.Slice(y * width, width);
                for (int x = 0; x < width; x++)
                {
                    double sum = 0;
                    bool interior = x + 2 - taps >= 0 && x + 1 < width;
                    for (int k = 0; k < taps; k++)
                    {
                        sum += filter[k] * row[interior ? x + 1 - k : ScipyReflect.Index(x + 1 - k, width)];
                    }

                    target[x] = sum;
                }
            }
        }
    }
}
