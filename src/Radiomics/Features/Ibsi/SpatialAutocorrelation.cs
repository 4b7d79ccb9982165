using System.Numerics;
using Radiomics.Imaging;
using Radiomics.Numerics.Fourier;

namespace Radiomics.Features.Ibsi;

/// <summary>
/// Moran's I (IBSI N365) and Geary's C (IBSI NPT7) of the intensity-mask voxels with inverse-distance weights
/// w_ij = 1/‖r_i − r_j‖ (physical mm, i ≠ j), d_i = X_i − μ:
/// I = N / Σw · Σ_{i≠j} w_ij d_i d_j / Σ d_i², C = (N − 1) Σ_{i≠j} w_ij (d_i − d_j)² / (2 Σw Σ d_i²).
/// The pair sums are exact, not sampled: on a regular grid they are correlations with the kernel K(Δ) = 1/‖Δ‖
/// (K(0) = 0), so with m the mask and d the centred intensities (0 outside),
/// Σw = Σ_i m_i (K∗m)_i, Σ w d_i d_j = Σ_i d_i (K∗d)_i, Σ w (d_i − d_j)² = 2 Σ_i d_i² (K∗m)_i − 2 Σ_i d_i (K∗d)_i,
/// computed by zero-padded FFT convolution in O(M log M) instead of O(N²). <see cref="Direct"/> is the pairwise sum.
/// </summary>
public static class SpatialAutocorrelation
{
    /// <summary>(Moran's I, Geary's C) by FFT convolution. NaN when the ROI has fewer than two voxels or no variance.</summary>
    public static (double Moran, double Geary) Compute(Volume<double> image, Volume<byte> mask)
    {
        BoundingBox? found = BoundingBox.Of(mask);
        if (found is not BoundingBox box)
        {
            return (double.NaN, double.NaN);
        }

        Size3 roi = box.Size;
        var padded = new Size3(PaddedLength(roi.X), PaddedLength(roi.Y), PaddedLength(roi.Z));
        int length = padded.X * padded.Y * padded.Z;
        double mean = MeanOver(image, mask);

        // Mask in the real part, centred intensities in the imaginary part: one transform for both.
        var re = new double[length];
        var im = new double[length];
        long count = 0;
        for (int z = 0; z < roi.Z; z++)
        {
            for (int y = 0; y < roi.Y; y++)
            {
                for (int x = 0; x < roi.X; x++)
                {
                    if (mask[box.Lower.X + x, box.Lower.Y + y, box.Lower.Z + z] != 0)
                    {
                        int p = x + padded.X * (y + padded.Y * z);
                        re[p] = 1;
                        im[p] = image[box.Lower.X + x, box.Lower.Y + y, box.Lower.Z + z] - mean;
                        count++;
                    }
                }
            }
        }

        if (count < 2)
        {
            return (double.NaN, double.NaN);
        }

        double[] kernel = KernelSpectrum(padded, roi, mask.Geometry.Spacing);
        FourierTransform.Transform(re, im, padded, alongZ: true, inverse: false, maxDegreeOfParallelism: 1);
        for (int i = 0; i < length; i++)
        {
            re[i] *= kernel[i];
            im[i] *= kernel[i];
        }

        FourierTransform.Transform(re, im, padded, alongZ: true, inverse: true, maxDegreeOfParallelism: 1);

        double weights = 0, cross = 0, squares = 0, weightedSquares = 0;
        for (int z = 0; z < roi.Z; z++)
        {
            for (int y = 0; y < roi.Y; y++)
            {
                for (int x = 0; x < roi.X; x++)
                {
                    if (mask[box.Lower.X + x, box.Lower.Y + y, box.Lower.Z + z] == 0)
                    {
                        continue;
                    }

                    int p = x + padded.X * (y + padded.Y * z);
                    double d = image[box.Lower.X + x, box.Lower.Y + y, box.Lower.Z + z] - mean;
                    weights += re[p];
                    cross += d * im[p];
                    squares += d * d;
                    weightedSquares += d * d * re[p];
                }
            }
        }

        return Finish(count, weights, cross, 2 * weightedSquares - 2 * cross, squares);
    }

    /// <summary>The same quantities by the direct O(N²) pair sum (reference for tests and tiny ROIs).</summary>
    public static (double Moran, double Geary) Direct(Volume<double> image, Volume<byte> mask)
    {
        var points = new List<Vector3D>();
        var values = new List<double>();
        Size3 size = mask.Size;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    if (mask[x, y, z] != 0)
                    {
                        points.Add(mask.Geometry.IndexToPhysical(x, y, z));
                        values.Add(image[x, y, z]);
                    }
                }
            }
        }

        int n = points.Count;
        if (n < 2)
        {
            return (double.NaN, double.NaN);
        }

        double mean = values.Average();
        double weights = 0, cross = 0, differences = 0, squares = 0;
        for (int i = 0; i < n; i++)
        {
            double di = values[i] - mean;
            squares += di * di;
            for (int j = i + 1; j < n; j++)
            {
                double w = 1 / (points[i] - points[j]).Length;
                double dj = values[j] - mean;
                weights += 2 * w;
                cross += 2 * w * di * dj;
                differences += 2 * w * (di - dj) * (di - dj);
            }
        }

        return Finish(n, weights, cross, differences, squares);
    }

    private static (double, double) Finish(long n, double weights, double cross, double differences, double squares)
    {
        if (squares == 0)
        {
            return (double.NaN, double.NaN);
        }

        return (n / weights * cross / squares, (n - 1) * differences / (2 * weights * squares));
    }

    private static int PaddedLength(int n) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, 2 * n - 1));

    private static double MeanOver(Volume<double> image, Volume<byte> mask)
    {
        double sum = 0;
        long count = 0;
        ReadOnlySpan<double> v = image.Voxels;
        ReadOnlySpan<byte> m = mask.Voxels;
        for (int i = 0; i < m.Length; i++)
        {
            if (m[i] != 0)
            {
                sum += v[i];
                count++;
            }
        }

        return sum / count;
    }

    /// <summary>The (real, since K is even) spectrum of K(Δ) = 1/‖Δ‖ over offsets |Δ| &lt; ROI size, wrapped onto the padded grid.</summary>
    private static double[] KernelSpectrum(Size3 padded, Size3 roi, Vector3D spacing)
    {
        int length = padded.X * padded.Y * padded.Z;
        var re = new double[length];
        var im = new double[length];
        for (int dz = -(roi.Z - 1); dz < roi.Z; dz++)
        {
            for (int dy = -(roi.Y - 1); dy < roi.Y; dy++)
            {
                for (int dx = -(roi.X - 1); dx < roi.X; dx++)
                {
                    if (dx == 0 && dy == 0 && dz == 0)
                    {
                        continue;
                    }

                    double distance = Math.Sqrt(Sq(dx * spacing.X) + Sq(dy * spacing.Y) + Sq(dz * spacing.Z));
                    int p = Wrap(dx, padded.X) + padded.X * (Wrap(dy, padded.Y) + padded.Y * Wrap(dz, padded.Z));
                    re[p] = 1 / distance;
                }
            }
        }

        FourierTransform.Transform(re, im, padded, alongZ: true, inverse: false, maxDegreeOfParallelism: 1);
        return re;
    }

    private static int Wrap(int d, int n) => d < 0 ? d + n : d;

    private static double Sq(double v) => v * v;
}
