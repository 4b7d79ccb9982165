using System.Numerics;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// Squared Euclidean distances between feature vectors, summed feature by feature in column order (R's <c>kmeans</c> C
/// loop), one at a time or from one row to many centres at once.
/// </summary>
/// <remarks>
/// The distances to several centres are computed at once in SIMD lanes (centres stored feature-major); each lane adds
/// the same terms in the same order as the scalar loop, without fused multiply-adds, so every distance is bit-identical
/// to <see cref="SquaredDistance"/>.
/// </remarks>
internal static class FeatureDistance
{
    /// <summary>Σ (a − b)², in column order.</summary>
    public static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int c = 0; c < a.Length; c++)
        {
            double d = a[c] - b[c];
            sum += d * d;
        }

        return sum;
    }

    /// <summary>Feature-major centres: [c · padded + j] = centre j's feature c; the padding lanes are +∞ (never nearest).</summary>
    public static double[] Transpose(double[][] centres, int features, int padded)
    {
        var transposed = new double[features * padded];
        Array.Fill(transposed, double.PositiveInfinity);
        for (int j = 0; j < centres.Length; j++)
        {
            for (int c = 0; c < features; c++)
            {
                transposed[c * padded + j] = centres[j][c];
            }
        }

        return transposed;
    }

    /// <summary>The squared distance of <paramref name="row"/> to every centre of <paramref name="transposed"/>, a vector of centres at a time.</summary>
    public static void Distances(ReadOnlySpan<double> row, double[] transposed, int padded, double[] sums)
    {
        int width = Vector<double>.Count;
        ReadOnlySpan<double> centres = transposed;
        for (int j = 0; j < padded; j += width)
        {
            var sum = Vector<double>.Zero;
            for (int c = 0; c < row.Length; c++)
            {
                Vector<double> difference = new Vector<double>(row[c]) - new Vector<double>(centres.Slice(c * padded + j, width));
                sum += difference * difference;
            }

            sum.CopyTo(sums.AsSpan(j, width));
        }
    }
}
