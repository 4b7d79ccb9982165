using Radiomics.Imaging;
using Radiomics.Numerics;

namespace Radiomics.IO.Nifti;

/// <summary>
/// scl_slope / scl_inter as ITK's NiftiImageIO applies them: a non-finite field counts as 0 (niftilib);
/// a slope of 0 means 1; nothing happens when slope is 1 and intercept 0 (within double epsilon).
/// Otherwise integer data is promoted to float32 — each value cast to float, then
/// <c>(float)(value·slope + intercept)</c> computed in double — and float32/float64 data is scaled in its own type.
/// </summary>
internal static class NiftiScaling
{
    /// <param name="buffers">When given, the float32 buffer of promoted integer data is taken from it, and the integer buffer goes back to it.</param>
    /// <param name="image">The image as stored.</param>
    /// <param name="slope">The header's scl_slope.</param>
    /// <param name="intercept">The header's scl_inter.</param>
    public static ImageData Apply(ImageData image, double slope, double intercept, VoxelBufferPool? buffers = null)
    {
        slope = double.IsFinite(slope) ? slope : 0;
        intercept = double.IsFinite(intercept) ? intercept : 0;
        if (Math.Abs(slope) < MachineEpsilon.Value) // numeric_limits<double>::epsilon(), ITK's tolerance for "slope is 0", "is 1" and "intercept is 0"
        {
            slope = 1;
        }

        bool mustRescale = Math.Abs(slope - 1) > MachineEpsilon.Value || Math.Abs(intercept) > MachineEpsilon.Value;
        if (!mustRescale)
        {
            return image;
        }

        switch (image.Voxels)
        {
            case double[] d:
                for (int i = 0; i < d.Length; i++)
                {
                    d[i] = d[i] * slope + intercept;
                }

                return image;
            case float[] f:
                ScaleFloats(f, slope, intercept);
                return image;
            default:
                var result = buffers is null ? new float[image.Voxels.Length] : (float[])buffers.Rent(VoxelType.Float32, image.Voxels.Length);
                CastToFloat(image.Voxels, result);
                ScaleFloats(result, slope, intercept);
                buffers?.Return(image);
                return new ImageData(image.Geometry, VoxelType.Float32, result, image.Components);
        }
    }

    private static void ScaleFloats(Span<float> values, double slope, double intercept)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)(values[i] * slope + intercept);
        }
    }

    private static void CastToFloat(Array source, Span<float> target)
    {
        switch (source)
        {
            case sbyte[] a: for (int i = 0; i < a.Length; i++) { target[i] = a[i]; } break;
            case byte[] a: for (int i = 0; i < a.Length; i++) { target[i] = a[i]; } break;
            case short[] a: for (int i = 0; i < a.Length; i++) { target[i] = a[i]; } break;
            case ushort[] a: for (int i = 0; i < a.Length; i++) { target[i] = a[i]; } break;
            case int[] a: for (int i = 0; i < a.Length; i++) { target[i] = a[i]; } break;
            case uint[] a: for (int i = 0; i < a.Length; i++) { target[i] = a[i]; } break;
            case long[] a: for (int i = 0; i < a.Length; i++) { target[i] = a[i]; } break;
            case ulong[] a: for (int i = 0; i < a.Length; i++) { target[i] = a[i]; } break;
            default: throw new InvalidOperationException("Unsupported voxel buffer.");
        }
    }
}
