namespace Radiomics.Features.Texture;

/// <summary>Small numeric helpers shared by the texture families.</summary>
internal static class TextureMath
{
    /// <summary>The mean of the non-NaN values (numpy.nanmean); NaN when there is none.</summary>
    public static double NanMean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        int count = 0;
        foreach (double v in values)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }

    /// <summary>Sums the raw matrices named by <paramref name="indices"/> (times their weights, 1 when null) into a new array.</summary>
    public static double[] Sum(IReadOnlyList<double[]> matrices, ReadOnlySpan<int> indices, double[]? weights = null)
    {
        var result = new double[matrices[indices[0]].Length];
        foreach (int index in indices)
        {
            double[] m = matrices[index];
            double w = weights?[index % weights.Length] ?? 1.0;
            for (int k = 0; k < result.Length; k++)
            {
                result[k] += w * m[k];
            }
        }

        return result;
    }

    /// <summary>Sum of all entries.</summary>
    public static double Total(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum;
    }

    /// <summary>Σ xₖyₖ, vectorised (the summation order is fixed for a given length, so results are reproducible).</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int k = 0;
        double sum = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && x.Length >= System.Numerics.Vector<double>.Count)
        {
            var acc = System.Numerics.Vector<double>.Zero;
            int width = System.Numerics.Vector<double>.Count;
            for (; k <= x.Length - width; k += width)
            {
                acc += new System.Numerics.Vector<double>(x[k..]) * new System.Numerics.Vector<double>(y[k..]);
            }

            sum = System.Numerics.Vector.Sum(acc);
        }

        for (; k < x.Length; k++)
        {
            sum += x[k] * y[k];
        }

        return sum;
    }

    /// <summary>
    /// <c>target[k] −= factor · source[k]</c>, vectorised. Each element is one rounded product and one rounded
    /// difference (no fused multiply-add), exactly as the scalar loop, so the result does not depend on the vector width.
    /// </summary>
    public static void SubtractScaled(Span<double> target, ReadOnlySpan<double> source, double factor)
    {
        if (source.Length < target.Length)
        {
            throw new ArgumentException("The source is shorter than the target.", nameof(source));
        }

        int k = 0;
        int width = System.Numerics.Vector<double>.Count;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var scale = new System.Numerics.Vector<double>(factor);
            for (; k <= target.Length - width; k += width)
            {
                var t = new System.Numerics.Vector<double>(target[k..]);
                (t - (scale * new System.Numerics.Vector<double>(source[k..]))).CopyTo(target[k..]);
            }
        }

        for (; k < target.Length; k++)
        {
            target[k] -= factor * source[k];
        }
    }
}
