using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// The few dense kernels the solvers spend their time in. Every sum is accumulated in four interleaved lanes
/// (element i goes to lane i mod 4) and the lanes are added as (l0 + l1) + (l2 + l3), with a separate multiply and add
/// (never a fused multiply-add): the 256-bit vector path and the scalar path therefore give the same bits, so results
/// do not depend on the hardware's vector width, let alone on the thread count.
/// </summary>
internal static class VectorKernels
{
    /// <summary>Σ a[i]·b[i].</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => Reduce<Product2>(a, b, b);

    /// <summary>Σ a[i]·b[i]·c[i] (each product formed left to right).</summary>
    public static double Dot3(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c) => Reduce<Product3>(a, b, c);

    /// <summary>y[i] -= s·v[i]·x[i] (the residual update after a coordinate moves by s).</summary>
    public static void SubtractScaledProduct(Span<double> y, double s, ReadOnlySpan<double> v, ReadOnlySpan<double> x)
    {
        int n = y.Length;
        ref double ry = ref MemoryMarshal.GetReference(y);
        ref double rv = ref MemoryMarshal.GetReference(v);
        ref double rx = ref MemoryMarshal.GetReference(x);
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var vs = Vector256.Create(s);
            for (; i <= n - 4; i += 4)
            {
                var updated = Vector256.LoadUnsafe(ref ry, (nuint)i) - vs * Vector256.LoadUnsafe(ref rv, (nuint)i) * Vector256.LoadUnsafe(ref rx, (nuint)i);
                updated.StoreUnsafe(ref ry, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref ry, i) -= s * Unsafe.Add(ref rv, i) * Unsafe.Add(ref rx, i);
        }
    }

    /// <summary>y[i] += s·x[i].</summary>
    public static void AddScaled(Span<double> y, double s, ReadOnlySpan<double> x)
    {
        int n = y.Length;
        ref double ry = ref MemoryMarshal.GetReference(y);
        ref double rx = ref MemoryMarshal.GetReference(x);
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var vs = Vector256.Create(s);
            for (; i <= n - 4; i += 4)
            {
                (Vector256.LoadUnsafe(ref ry, (nuint)i) + vs * Vector256.LoadUnsafe(ref rx, (nuint)i)).StoreUnsafe(ref ry, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref ry, i) += s * Unsafe.Add(ref rx, i);
        }
    }

    /// <summary>Σ a[i], in the same four-lane order as <see cref="Dot"/>.</summary>
    public static double Sum(ReadOnlySpan<double> a) => Reduce<Single>(a, a, a);

    // The four-lane sum of TTerm over the elements; the struct type argument makes the JIT compile one loop per term.
    private static double Reduce<TTerm>(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c)
        where TTerm : struct, ITerm
    {
        int n = a.Length;
        ref double ra = ref MemoryMarshal.GetReference(a);
        ref double rb = ref MemoryMarshal.GetReference(b);
        ref double rc = ref MemoryMarshal.GetReference(c);
        Span<double> lanes = stackalloc double[4];
        int i = 0;
        if (Vector256.IsHardwareAccelerated && n >= 8)
        {
            Vector256<double> acc = Vector256<double>.Zero;
            for (; i <= n - 4; i += 4)
            {
                acc += TTerm.Vector(ref ra, ref rb, ref rc, (nuint)i);
            }

            acc.CopyTo(lanes);
        }
        else
        {
            lanes.Clear();
            for (; i <= n - 4; i += 4)
            {
                for (int lane = 0; lane < 4; lane++)
                {
                    lanes[lane] += TTerm.Scalar(ref ra, ref rb, ref rc, i + lane);
                }
            }
        }

        for (int lane = 0; i + lane < n; lane++)
        {
            lanes[lane] += TTerm.Scalar(ref ra, ref rb, ref rc, i + lane);
        }

        return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
    }

    private interface ITerm
    {
        static abstract double Scalar(ref double a, ref double b, ref double c, int i);

        static abstract Vector256<double> Vector(ref double a, ref double b, ref double c, nuint i);
    }

    private readonly struct Single : ITerm
    {
        public static double Scalar(ref double a, ref double b, ref double c, int i) => Unsafe.Add(ref a, i);

        public static Vector256<double> Vector(ref double a, ref double b, ref double c, nuint i) => Vector256.LoadUnsafe(ref a, i);
    }

    private readonly struct Product2 : ITerm
    {
        public static double Scalar(ref double a, ref double b, ref double c, int i) => Unsafe.Add(ref a, i) * Unsafe.Add(ref b, i);

        public static Vector256<double> Vector(ref double a, ref double b, ref double c, nuint i) =>
            Vector256.LoadUnsafe(ref a, i) * Vector256.LoadUnsafe(ref b, i);
    }

    private readonly struct Product3 : ITerm
    {
        public static double Scalar(ref double a, ref double b, ref double c, int i) =>
            Unsafe.Add(ref a, i) * Unsafe.Add(ref b, i) * Unsafe.Add(ref c, i);

        public static Vector256<double> Vector(ref double a, ref double b, ref double c, nuint i) =>
            Vector256.LoadUnsafe(ref a, i) * Vector256.LoadUnsafe(ref b, i) * Vector256.LoadUnsafe(ref c, i);
    }
}
