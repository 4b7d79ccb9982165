using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Radiomics.Filters.LaplacianOfGaussian;

/// <summary>
/// ITK's <c>RecursiveSeparableImageFilter::FilterDataArray</c> on 4·k lines at once (k vectors of four lanes per
/// element, data interleaved as <c>data[i·k + v]</c>, line = 4·v + lane): a causal and an anti-causal 4th-order recursion whose start-up
/// assumes the edge value extends to infinity, summed. Each lane does exactly ITK's scalar operations in ITK's
/// order (products, left-to-right sums, no fused multiply-add), so lanes are bit-identical to a scalar run
/// and independent of how lines are grouped.
/// </summary>
internal static partial class RecursiveGaussianLineFilter
{
    /// <summary>Filters <paramref name="data"/> (length·k vectors) into <paramref name="output"/>, using <paramref name="scratch"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Filter(ReadOnlySpan<Vector256<double>> data, Span<Vector256<double>> output, Span<Vector256<double>> scratch, RecursiveGaussianCoefficients c, int k)
    {
        // Two four-lane vectors side by side are one eight-lane vector of the same lines: where 512-bit vectors are
        // native, each pair is filtered as one (half the instructions; every lane's arithmetic unchanged).
        if (Vector512.IsHardwareAccelerated && k % 2 == 0)
        {
            Filter512(
                MemoryMarshal.Cast<Vector256<double>, Vector512<double>>(data),
                MemoryMarshal.Cast<Vector256<double>, Vector512<double>>(output),
                MemoryMarshal.Cast<Vector256<double>, Vector512<double>>(scratch),
                c,
                k / 2);
            return;
        }

        int ln = data.Length / k;
        if (ln < 4)
        {
            throw new ArgumentException("The recursive Gaussian needs at least four voxels along every filtered axis.", nameof(data));
        }

        if (data.Length != ln * k || output.Length < data.Length || scratch.Length < data.Length)
        {
            throw new ArgumentException("The output and scratch buffers must hold the whole group of lines.", nameof(output));
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

        // Causal pass into output; the k vectors of a step are independent, which lets the CPU overlap their chains.
        Span<Vector256<double>> s1 = output;
        for (int v = 0; v < k; v++)
        {
            Vector256<double> v1 = data[v];
            Vector256<double> x1 = data[k + v], x2 = data[2 * k + v], x3 = data[3 * k + v];
            Vector256<double> o0 = v1 * n0 + v1 * n1 + v1 * n2 + v1 * n3;
            Vector256<double> o1 = x1 * n0 + v1 * n1 + v1 * n2 + v1 * n3;
            Vector256<double> o2 = x2 * n0 + x1 * n1 + v1 * n2 + v1 * n3;
            Vector256<double> o3 = x3 * n0 + x2 * n1 + x1 * n2 + v1 * n3;
            o0 -= v1 * bn1 + v1 * bn2 + v1 * bn3 + v1 * bn4;
            o1 -= o0 * d1 + v1 * bn2 + v1 * bn3 + v1 * bn4;
            o2 -= o1 * d1 + o0 * d2 + v1 * bn3 + v1 * bn4;
            o3 -= o2 * d1 + o1 * d2 + o0 * d3 + v1 * bn4;
            s1[v] = o0;
            s1[k + v] = o1;
            s1[2 * k + v] = o2;
            s1[3 * k + v] = o3;
        }

        // The recursions, on references walked one vector at a time (elements i·k + v are contiguous, and a step reads
        // only lower elements), with the neighbours at loop-invariant byte offsets: indexing each operand by (i·k + v − j·k)
        // cost an address computation per load, and the loop was bound by those integer instructions, not the products.
        // Every reference stays inside [0, ln·k), which the length checks above guarantee.
        nint back1 = -k * Unsafe.SizeOf<Vector256<double>>(), back2 = 2 * back1, back3 = 3 * back1, back4 = 4 * back1;
        ref Vector256<double> x0 = ref MemoryMarshal.GetReference(data);
        ref Vector256<double> y0 = ref MemoryMarshal.GetReference(output);
        ref Vector256<double> x = ref Unsafe.Add(ref x0, 4 * k);
        ref Vector256<double> y = ref Unsafe.Add(ref y0, 4 * k);
        ref Vector256<double> end = ref Unsafe.Add(ref x0, ln * k);
        while (Unsafe.IsAddressLessThan(ref x, ref end))
        {
            Vector256<double> value = x * n0 + Unsafe.AddByteOffset(ref x, back1) * n1
                + Unsafe.AddByteOffset(ref x, back2) * n2 + Unsafe.AddByteOffset(ref x, back3) * n3;
            y = value - (Unsafe.AddByteOffset(ref y, back1) * d1 + Unsafe.AddByteOffset(ref y, back2) * d2
                + Unsafe.AddByteOffset(ref y, back3) * d3 + Unsafe.AddByteOffset(ref y, back4) * d4);
            x = ref Unsafe.Add(ref x, 1);
            y = ref Unsafe.Add(ref y, 1);
        }

        // Anti-causal pass into scratch.
        Span<Vector256<double>> s2 = scratch;
        int last = (ln - 1) * k;
        for (int v = 0; v < k; v++)
        {
            Vector256<double> v2 = data[last + v];
            Vector256<double> y1 = data[last + v], y2 = data[last - k + v], y3 = data[last - 2 * k + v];
            Vector256<double> o1 = v2 * m1 + v2 * m2 + v2 * m3 + v2 * m4;
            Vector256<double> o2 = y1 * m1 + v2 * m2 + v2 * m3 + v2 * m4;
            Vector256<double> o3 = y2 * m1 + y1 * m2 + v2 * m3 + v2 * m4;
            Vector256<double> o4 = y3 * m1 + y2 * m2 + y1 * m3 + v2 * m4;
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
        ref Vector256<double> z0 = ref MemoryMarshal.GetReference(s2);
        for (int i = last - 3 * k; i < last + k; i++)
        {
            Unsafe.Add(ref y0, i) += Unsafe.Add(ref z0, i);
        }

        // Element (i, v) needs the anti-causal values of i … i + 3 only: walking down one vector at a time (from
        // (ln − 4, k − 1) to (1, 0)) computes them first, as the loop over i then v did.
        nint ahead1 = -back1, ahead2 = -back2, ahead3 = -back3;
        ref Vector256<double> xa = ref Unsafe.Add(ref x0, (ln - 3) * k - 1);
        ref Vector256<double> za = ref Unsafe.Add(ref z0, (ln - 3) * k - 1);
        ref Vector256<double> ya = ref Unsafe.Add(ref y0, (ln - 3) * k - 1); // the three walk together: no reference leaves the buffers
        ref Vector256<double> stop = ref Unsafe.Add(ref x0, k);
        while (!Unsafe.IsAddressLessThan(ref xa, ref stop))
        {
            Vector256<double> value = xa * m1 + Unsafe.AddByteOffset(ref xa, ahead1) * m2
                + Unsafe.AddByteOffset(ref xa, ahead2) * m3 + Unsafe.AddByteOffset(ref xa, ahead3) * m4;
            Vector256<double> anticausal = value - (za * d1 + Unsafe.AddByteOffset(ref za, ahead1) * d2
                + Unsafe.AddByteOffset(ref za, ahead2) * d3 + Unsafe.AddByteOffset(ref za, ahead3) * d4);
            Unsafe.AddByteOffset(ref za, back1) = anticausal;
            Unsafe.AddByteOffset(ref ya, back1) += anticausal;
            xa = ref Unsafe.Subtract(ref xa, 1);
            za = ref Unsafe.Subtract(ref za, 1);
            ya = ref Unsafe.Subtract(ref ya, 1);
        }
    }
}
