namespace Radiomics.Analysis.Statistics;

/// <summary>
/// Benjamini–Hochberg adjusted p-values (false discovery rate), R's <c>p.adjust(p, method = "BH")</c>: with the m
/// non-missing p-values sorted decreasingly, p̃₍ᵢ₎ = min(1, min over j ≥ i of m/j · p₍ⱼ₎).
/// </summary>
/// <remarks>
/// A NaN p-value stays NaN and does not count in m (R's default <c>n = length(p[!is.na(p)])</c>). Tied p-values get
/// the same adjusted value, so the order among ties does not matter. Keeping the hypotheses whose adjusted p-value is
/// ≤ q controls the false discovery rate at q (for independent or positively dependent tests).
/// </remarks>
public static class BenjaminiHochberg
{
    /// <summary>The adjusted p-values, in the order of <paramref name="pValues"/>.</summary>
    /// <exception cref="ArgumentException">A p-value lies outside [0, 1].</exception>
    public static double[] Adjust(ReadOnlySpan<double> pValues)
    {
        var adjusted = new double[pValues.Length];
        var order = new List<int>(pValues.Length);
        for (int i = 0; i < pValues.Length; i++)
        {
            double p = pValues[i];
            if (double.IsNaN(p))
            {
                adjusted[i] = double.NaN;
                continue;
            }

            if (p is < 0 or > 1)
            {
                throw new ArgumentException($"p-value {i} is {p}; p-values lie in [0, 1].", nameof(pValues));
            }

            order.Add(i);
        }

        int[] index = [.. order];
        var sorted = new double[index.Length];
        for (int k = 0; k < index.Length; k++)
        {
            sorted[k] = pValues[index[k]];
        }

        Array.Sort(sorted, index);
        int m = index.Length;
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--)
        {
            running = Math.Min(running, m / (double)rank * sorted[rank - 1]);
            adjusted[index[rank - 1]] = running;
        }

        return adjusted;
    }
}
