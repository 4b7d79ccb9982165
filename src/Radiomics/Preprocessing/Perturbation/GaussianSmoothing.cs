namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// Separable Gaussian smoothing of a box of voxels, as <c>scipy.ndimage.gaussian_filter(…, sigma, mode = "reflect",
/// truncate = 4)</c>: per axis a normalised kernel of radius ⌊4σ + ½⌋ voxels, samples beyond the box mirrored
/// (d c b a | a b c d). Used to smooth the image before the supervoxel clustering, as scikit-image's <c>slic</c> does.
/// </summary>
internal static class GaussianSmoothing
{
    /// <summary>Smooths <paramref name="values"/> (x fastest, <paramref name="size"/> voxels) in place; σ in voxels per axis, 0 skips the axis.</summary>
    public static void Apply(double[] values, Imaging.Size3 size, Imaging.Vector3D sigma)
    {
        var line = new double[Math.Max(size.X, Math.Max(size.Y, size.Z))];
        int[] strides = [1, size.X, size.X * size.Y];
        for (int axis = 0; axis < 3; axis++)
        {
            if (!(sigma[axis] > 0) || size[axis] < 2)
            {
                continue;
            }

            double[] kernel = Kernel(sigma[axis]);
            int length = size[axis], stride = strides[axis];
            int lines = values.Length / length;
            for (int l = 0; l < lines; l++)
            {
                // Line l: the other two axes' indices, in order.
                int start = axis == 0 ? l * length : axis == 1 ? l % size.X + l / size.X * size.X * size.Y : l;
                for (int i = 0; i < length; i++)
                {
                    line[i] = values[start + i * stride];
                }

                int radius = kernel.Length / 2;
                for (int i = 0; i < length; i++)
                {
                    double sum = 0;
                    for (int k = -radius; k <= radius; k++)
                    {
                        sum += kernel[k + radius] * line[ScipyReflect.Index(i + k, length)];
                    }

                    values[start + i * stride] = sum;
                }
            }
        }
    }

    private static double[] Kernel(double sigma)
    {
        int radius = (int)(4 * sigma + 0.5);
        var kernel = new double[2 * radius + 1];
        double sum = 0;
        for (int k = -radius; k <= radius; k++)
        {
            kernel[k + radius] = PortableMath.Exp(-0.5 * k * k / (sigma * sigma));
            sum += kernel[k + radius];
        }

        for (int k = 0; k < kernel.Length; k++)
        {
            kernel[k] /= sum;
        }

        return kernel;
    }

}
