using System.Numerics;
using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// Separable Gaussian smoothing of a box of voxels, as <c>scipy.ndimage.gaussian_filter(…, sigma, mode = "reflect",
/// truncate = 4)</c>: per axis a normalised kernel of radius ⌊4σ + ½⌋ voxels, samples beyond the box mirrored
/// (d c b a | a b c d). Used to smooth the image before the supervoxel clustering, as scikit-image's <c>slic</c> does.
/// Single precision; every output is its kernel's taps summed in order, so SIMD width and platform do not change it.
/// </summary>
internal static class GaussianSmoothing
{
    /// <summary>Smooths <paramref name="values"/> (x fastest, <paramref name="size"/> voxels) in place; σ in voxels per axis, 0 skips the axis.</summary>
    public static void Apply(float[] values, Size3 size, Vector3D sigma)
    {
        if (sigma.X > 0 && size.X > 1)
        {
            AlongX(values, size, Kernel(sigma.X));
        }

        var scratch = new float[values.Length];
        if (sigma.Y > 0 && size.Y > 1)
        {
            // Rows of a slice: row y of the output is the kernel-weighted sum of rows y − r … y + r.
            for (int z = 0; z < size.Z; z++)
            {
                int slice = z * size.X * size.Y;
                AcrossLines(values.AsSpan(slice, size.X * size.Y), scratch.AsSpan(slice, size.X * size.Y), size.X, size.Y, Kernel(sigma.Y));
            }

            scratch.CopyTo(values, 0);
        }

        if (sigma.Z > 0 && size.Z > 1)
        {
            AcrossLines(values, scratch, size.X * size.Y, size.Z, Kernel(sigma.Z));
            scratch.CopyTo(values, 0);
        }
    }

    /// <summary>Each row filtered along x, from a copy with mirrored ends.</summary>
    private static void AlongX(float[] values, Size3 size, float[] kernel)
    {
        int radius = kernel.Length / 2, length = size.X;
        var line = new float[length + 2 * radius];
        for (int start = 0; start < values.Length; start += length)
        {
            for (int i = -radius; i < length + radius; i++)
            {
                line[i + radius] = values[start + ScipyReflect.Index(i, length)];
            }

            for (int i = 0; i < length; i++)
            {
                float sum = 0;
                for (int k = 0; k < kernel.Length; k++)
                {
                    sum += kernel[k] * line[i + k];
                }

                values[start + i] = sum;
            }
        }
    }

    /// <summary>
    /// <paramref name="count"/> lines of <paramref name="width"/> values filtered across the lines (line j of the output
    /// from lines j − r … j + r of the input, mirrored at the ends), element by element on SIMD lanes.
    /// </summary>
    private static void AcrossLines(ReadOnlySpan<float> input, Span<float> output, int width, int count, float[] kernel)
    {
        int radius = kernel.Length / 2, lanes = Vector<float>.Count;
        for (int j = 0; j < count; j++)
        {
            Span<float> target = output.Slice(j * width, width);
            target.Clear();
            for (int k = 0; k < kernel.Length; k++)
            {
                ReadOnlySpan<float> source = input.Slice(ScipyReflect.Index(j + k - radius, count) * width, width);
                var weight = new Vector<float>(kernel[k]);
                int x = 0;
                for (; x + lanes <= width; x += lanes)
                {
                    (new Vector<float>(target.Slice(x)) + (weight * new Vector<float>(source.Slice(x)))).CopyTo(target.Slice(x));
                }

                for (; x < width; x++)
                {
                    target[x] += kernel[k] * source[x];
                }
            }
        }
    }

    private static float[] Kernel(double sigma)
    {
        int radius = (int)(4 * sigma + 0.5);
        var weights = new double[2 * radius + 1];
        double sum = 0;
        for (int k = -radius; k <= radius; k++)
        {
            weights[k + radius] = PortableMath.Exp(-0.5 * k * k / (sigma * sigma));
            sum += weights[k + radius];
        }

        return Array.ConvertAll(weights, w => (float)(w / sum));
    }
}
