using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Radiomics.Filters.LaplacianOfGaussian;

/// <summary>
/// <see cref="RecursiveGaussianLineFilter"/> on 512-bit vectors: the same operations in the same order per lane. Kept
/// as a hand-written twin: the generic form over <c>Numerics.Simd.ISimdLanes</c> spills registers at 256 bits and was
/// 13% slower there (docs/performance.md, "SIMD loops written once").
/// </summary>
internal static partial class RecursiveGaussianLineFilter
{
    /// <summary>The same recursions on eight-lane vectors (lines 8·v … 8·v + 7), for processors with 512-bit vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Filter512(ReadOnlySpan<Vector512<double>> data, Span<Vector512<double>> output, Span<Vector512<double>> scratch, RecursiveGaussianCoefficients c, int k)
    {
        int ln = data.Length / k;
        if (ln < 4)
        {
            throw new ArgumentException("The recursive Gaussian needs at least four voxels along every filtered axis.", nameof(data));
        }

        if (data.Length != ln * k || output.Length < data.Length || scratch.Length < data.Length)
        {
            throw new ArgumentException("The output and scratch buffers must hold the whole group of lines.", nameof(output));
        }

        var n0 = Vector512.Create(c.N0);
        var n1 = Vector512.Create(c.N1);
        var n2 = Vector512.Create(c.N2);
        var n3 = Vector512.Create(c.N3);
        var d1 = Vector512.Create(c.D1);
        var d2 = Vector512.Create(c.D2);
        var d3 = Vector512.Create(c.D3);
        var d4 = Vector512.Create(c.D4);
        var m1 = Vector512.Create(c.M1);
        var m2 = Vector512.Create(c.M2);
        var m3 = Vector512.Create(c.M3);
        var m4 = Vector512.Create(c.M4);
        var bn1 = Vector512.Create(c.BN1);
        var bn2 = Vector512.Create(c.BN2);
        var bn3 = Vector512.Create(c.BN3);
        var bn4 = Vector512.Create(c.BN4);
        var bm1 = Vector512.Create(c.BM1);
        var bm2 = Vector512.Create(c.BM2);
        var bm3 = Vector512.Create(c.BM3);
        var bm4 = Vector512.Create(c.BM4);

        // Causal pass into output; the k vectors of a step are independent, which lets the CPU overlap their chains.
        Span<Vector512<double>> s1 = output;
        for (int v = 0; v < k; v++)
        {
            Vector512<double> v1 = data[v];
            Vector512<double> x1 = data[k + v], x2 = data[2 * k + v], x3 = data[3 * k + v];
            Vector512<double> o0 = v1 * n0 + v1 * n1 + v1 * n2 + v1 * n3;
            Vector512<double> o1 = x1 * n0 + v1 * n1 + v1 * n2 + v1 * n3;
            Vector512<double> o2 = x2 * n0 + x1 * n1 + v1 * n2 + v1 * n3;
            Vector512<double> o3 = x3 * n0 + x2 * n1 + x1 * n2 + v1 * n3;
            o0 -= v1 * bn1 + v1 * bn2 + v1 * bn3 + v1 * bn4;
            o1 -= o0 * d1 + v1 * bn2 + v1 * bn3 + v1 * bn4;
            o2 -= o1 * d1 + o0 * d2 + v1 * bn3 + v1 * bn4;
            o3 -= o2 * d1 + o1 * d2 + o0 * d3 + v1 * bn4;
            s1[v] = o0;
            s1[k + v] = o1;
            s1[2 * k + v] = o2;
            s1[3 * k + v] = o3;
        }

        // The recursions, on references: the Span indexers' bounds checks would cost as much as the arithmetic.
        // Every index below stays inside [0, ln·k), which the length checks above guarantee.
        ref Vector512<double> x0 = ref MemoryMarshal.GetReference(data);
        ref Vector512<double> y0 = ref MemoryMarshal.GetReference(output);
        for (int i = 4; i < ln; i++)
        {
            int e = i * k;
            for (int v = 0; v < k; v++)
            {
                int at = e + v;
                Vector512<double> value = Unsafe.Add(ref x0, at) * n0 + Unsafe.Add(ref x0, at - k) * n1
                    + Unsafe.Add(ref x0, at - 2 * k) * n2 + Unsafe.Add(ref x0, at - 3 * k) * n3;
                Unsafe.Add(ref y0, at) = value - (Unsafe.Add(ref y0, at - k) * d1 + Unsafe.Add(ref y0, at - 2 * k) * d2
                    + Unsafe.Add(ref y0, at - 3 * k) * d3 + Unsafe.Add(ref y0, at - 4 * k) * d4);
            }
        }

        // Anti-causal pass into scratch.
        Span<Vector512<double>> s2 = scratch;
        int last = (ln - 1) * k;
        for (int v = 0; v < k; v++)
        {
            Vector512<double> v2 = data[last + v];
            Vector512<double> y1 = data[last + v], y2 = data[last - k + v], y3 = data[last - 2 * k + v];
            Vector512<double> o1 = v2 * m1 + v2 * m2 + v2 * m3 + v2 * m4;
            Vector512<double> o2 = y1 * m1 + v2 * m2 + v2 * m3 + v2 * m4;
            Vector512<double> o3 = y2 * m1 + y1 * m2 + v2 * m3 + v2 * m4;
            Vector512<double> o4 = y3 * m1 + y2 * m2 + y1 * m3 + v2 * m4;
            o1 -= v2 * bm1 + v2 * bm2 + v2 * bm3 + v2 * bm4;
            o2 -= o1 * d1 + v2 * bm2 + v2 * bm3 + v2 * bm4;
            o3 -= o2 * d1 + o1 * d2 + v2 * bm3 + v2 * bm4;
            o4 -= o3 * d1 + o2 * d2 + o1 * d3 + v2 * bm4;
            s2[last + v] = o1;
            s2[last - k + v] = o2;
            s2[last - 2 * k + v] = o3;
            s2[last - 3 * k + v] = o4;
        }

        // The anti-causal values are added to the causal ones (ITK's causal + anti-causal) as soon as they are known.
        ref Vector512<double> z0 = ref MemoryMarshal.GetReference(s2);
        for (int i = last - 3 * k; i < last + k; i++)
        {
            Unsafe.Add(ref y0, i) += Unsafe.Add(ref z0, i);
        }

        for (int i = ln - 4; i > 0; i--)
        {
            int e = i * k;
            for (int v = 0; v < k; v++)
            {
                int at = e + v;
                Vector512<double> value = Unsafe.Add(ref x0, at) * m1 + Unsafe.Add(ref x0, at + k) * m2
                    + Unsafe.Add(ref x0, at + 2 * k) * m3 + Unsafe.Add(ref x0, at + 3 * k) * m4;
                Vector512<double> anticausal = value - (Unsafe.Add(ref z0, at) * d1 + Unsafe.Add(ref z0, at + k) * d2
                    + Unsafe.Add(ref z0, at + 2 * k) * d3 + Unsafe.Add(ref z0, at + 3 * k) * d4);
                Unsafe.Add(ref z0, at - k) = anticausal;
                Unsafe.Add(ref y0, at - k) += anticausal;
            }
        }
    }
}
