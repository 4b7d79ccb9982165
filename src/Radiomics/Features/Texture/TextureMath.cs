namespace Radiomics.Features.Texture;

/// <summary>Small numeric helpers shared by the texture families.</summary>
internal static class TextureMath
{
    /// <summary>numpy.spacing(1): the ε PyRadiomics adds inside logarithms.</summary>
    public const double Epsilon = 2.220446049250313e-16;

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
}
