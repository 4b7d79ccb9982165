using System.Runtime.Intrinsics;

namespace Radiomics.Filters.LaplacianOfGaussian;

/// <summary>
/// ITK's <c>RecursiveSeparableImageFilter::FilterDataArray</c> on four lines at once (one per SIMD lane, data
/// interleaved as <c>data[i·4 + lane]</c>): a causal and an anti-causal 4th-order recursion whose start-up
/// assumes the edge value extends to infinity, summed. Each lane does exactly ITK's scalar operations in ITK's
/// order (products, left-to-right sums, no fused multiply-add), so lanes are bit-identical to a scalar run
/// and independent of how lines are grouped.
/// </summary>
internal static class RecursiveGaussianLineFilter
{
    /// <summary>Filters <paramref name="data"/> (length·4 values) into <paramref name="output"/>, using <paramref name="scratch"/>.</summary>
    public static void Filter(ReadOnlySpan<Vector256<double>> data, Span<Vector256<double>> output, Span<Vector256<double>> scratch, RecursiveGaussianCoefficients c)
    {
        int ln = data.Length;
        if (ln < 4)
        {
            throw new ArgumentException("The recursive Gaussian needs at least four voxels along every filtered axis.", nameof(data));
        }

        var n0 = Vector256.Create(c.N0);
        var n1 = Vector256.Create(c.N1);
        var n2 = Vector256.Create(c.N2);
        var n3 = Vector256.Create(c.N3);
        var d1 = Vector256.Create(c.D1);
        var d2 = Vector256.Create(c.D2);
        var d3 = Vector256.Create(c.D3);
        var d4 = Vector256.Create(c.D4);
        var m1 = Vector256.Create(c.M1);
        var m2 = Vector256.Create(c.M2);
        var m3 = Vector256.Create(c.M3);
        var m4 = Vector256.Create(c.M4);
        var bn1 = Vector256.Create(c.BN1);
        var bn2 = Vector256.Create(c.BN2);
        var bn3 = Vector256.Create(c.BN3);
        var bn4 = Vector256.Create(c.BN4);
        var bm1 = Vector256.Create(c.BM1);
        var bm2 = Vector256.Create(c.BM2);
        var bm3 = Vector256.Create(c.BM3);
        var bm4 = Vector256.Create(c.BM4);

        // Causal pass into output.
        Span<Vector256<double>> s1 = output;
        Vector256<double> v1 = data[0];
        s1[0] = v1 * n0 + v1 * n1 + v1 * n2 + v1 * n3;
        s1[1] = data[1] * n0 + v1 * n1 + v1 * n2 + v1 * n3;
        s1[2] = data[2] * n0 + data[1] * n1 + v1 * n2 + v1 * n3;
        s1[3] = data[3] * n0 + data[2] * n1 + data[1] * n2 + v1 * n3;
        s1[0] -= v1 * bn1 + v1 * bn2 + v1 * bn3 + v1 * bn4;
        s1[1] -= s1[0] * d1 + v1 * bn2 + v1 * bn3 + v1 * bn4;
        s1[2] -= s1[1] * d1 + s1[0] * d2 + v1 * bn3 + v1 * bn4;
        s1[3] -= s1[2] * d1 + s1[1] * d2 + s1[0] * d3 + v1 * bn4;
        for (int i = 4; i < ln; i++)
        {
            Vector256<double> value = data[i] * n0 + data[i - 1] * n1 + data[i - 2] * n2 + data[i - 3] * n3;
            s1[i] = value - (s1[i - 1] * d1 + s1[i - 2] * d2 + s1[i - 3] * d3 + s1[i - 4] * d4);
        }

        // Anti-causal pass into scratch.
        Span<Vector256<double>> s2 = scratch;
        Vector256<double> v2 = data[ln - 1];
        s2[ln - 1] = v2 * m1 + v2 * m2 + v2 * m3 + v2 * m4;
        s2[ln - 2] = data[ln - 1] * m1 + v2 * m2 + v2 * m3 + v2 * m4;
        s2[ln - 3] = data[ln - 2] * m1 + data[ln - 1] * m2 + v2 * m3 + v2 * m4;
        s2[ln - 4] = data[ln - 3] * m1 + data[ln - 2] * m2 + data[ln - 1] * m3 + v2 * m4;
        s2[ln - 1] -= v2 * bm1 + v2 * bm2 + v2 * bm3 + v2 * bm4;
        s2[ln - 2] -= s2[ln - 1] * d1 + v2 * bm2 + v2 * bm3 + v2 * bm4;
        s2[ln - 3] -= s2[ln - 2] * d1 + s2[ln - 1] * d2 + v2 * bm3 + v2 * bm4;
        s2[ln - 4] -= s2[ln - 3] * d1 + s2[ln - 2] * d2 + s2[ln - 1] * d3 + v2 * bm4;
        for (int i = ln - 4; i > 0; i--)
        {
            Vector256<double> value = data[i] * m1 + data[i + 1] * m2 + data[i + 2] * m3 + data[i + 3] * m4;
            s2[i - 1] = value - (s2[i] * d1 + s2[i + 1] * d2 + s2[i + 2] * d3 + s2[i + 3] * d4);
        }

        for (int i = 0; i < ln; i++)
        {
            s1[i] += s2[i];
        }
    }
}
