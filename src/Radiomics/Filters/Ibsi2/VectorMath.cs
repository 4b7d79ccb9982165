using System.Numerics;
using System.Runtime.InteropServices;

namespace Radiomics.Filters.Ibsi2;

/// <summary>Small SIMD span kernels shared by the filters.</summary>
internal static class VectorMath
{
    /// <summary>target[i] += weight · source[i].</summary>
    public static void AddScaled(Span<double> target, ReadOnlySpan<double> source, double weight)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && target.Length >= Vector<double>.Count)
        {
            var w = new Vector<double>(weight);
            var t = MemoryMarshal.Cast<double, Vector<double>>(target);
            var s = MemoryMarshal.Cast<double, Vector<double>>(source[..target.Length]);
            for (int v = 0; v < t.Length; v++)
            {
                t[v] += w * s[v];
            }

            i = t.Length * Vector<double>.Count;
        }

        for (; i < target.Length; i++)
        {
            target[i] += weight * source[i];
        }
    }

    /// <summary>Combines weight·<paramref name="source"/> into <paramref name="target"/> with the pooling rule (average = running weighted sum).</summary>
    public static void Pool(Span<double> target, ReadOnlySpan<double> source, RotationPooling pooling, double weight = 1)
    {
        switch (pooling)
        {
            case RotationPooling.Max:
                for (int i = 0; i < target.Length; i++)
                {
                    target[i] = Math.Max(target[i], weight * source[i]);
                }

                break;
            case RotationPooling.Min:
                for (int i = 0; i < target.Length; i++)
                {
                    target[i] = Math.Min(target[i], weight * source[i]);
                }

                break;
            default:
                AddScaled(target, source, weight);
                break;
        }
    }
}
