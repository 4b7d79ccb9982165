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
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int n = a.Length;
        ref double ra = ref MemoryMarshal.GetReference(a);
        ref double rb = ref MemoryMarshal.GetReference(b);
        int i = 0;
        double l0 = 0, l1 = 0, l2 = 0, l3 = 0;
        if (Vector256.IsHardwareAccelerated && n >= 8)
        {
            Vector256<double> acc = Vector256<double>.Zero;
            for (; i <= n - 4; i += 4)
            {
                acc += Vector256.LoadUnsafe(ref ra, (nuint)i) * Vector256.LoadUnsafe(ref rb, (nuint)i);
            }

            l0 = acc.GetElement(0);
            l1 = acc.GetElement(1);
            l2 = acc.GetElement(2);
            l3 = acc.GetElement(3);
        }
        else
        {
            for (; i <= n - 4; i += 4)
            {
                l0 += Unsafe.Add(ref ra, i) * Unsafe.Add(ref rb, i);
                l1 += Unsafe.Add(ref ra, i + 1) * Unsafe.Add(ref rb, i + 1);
                l2 += Unsafe.Add(ref ra, i + 2) * Unsafe.Add(ref rb, i + 2);
                l3 += Unsafe.Add(ref ra, i + 3) * Unsafe.Add(ref rb, i + 3);
            }
        }

        if (i < n)
        {
            l0 += Unsafe.Add(ref ra, i) * Unsafe.Add(ref rb, i);
        }

        if (i + 1 < n)
        {
            l1 += Unsafe.Add(ref ra, i + 1) * Unsafe.Add(ref rb, i + 1);
        }

        if (i + 2 < n)
        {
            l2 += Unsafe.Add(ref ra, i + 2) * Unsafe.Add(ref rb, i + 2);
        }

        return (l0 + l1) + (l2 + l3);
    }

    /// <summary>Σ a[i]·b[i]·c[i] (each product formed left to right).</summary>
    public static double Dot3(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c)
    {
        int n = a.Length;
        ref double ra = ref MemoryMarshal.GetReference(a);
        ref double rb = ref MemoryMarshal.GetReference(b);
        ref double rc = ref MemoryMarshal.GetReference(c);
        int i = 0;
        double l0 = 0, l1 = 0, l2 = 0, l3 = 0;
        if (Vector256.IsHardwareAccelerated && n >= 8)
        {
            Vector256<double> acc = Vector256<double>.Zero;
            for (; i <= n - 4; i += 4)
            {
                acc += Vector256.LoadUnsafe(ref ra, (nuint)i) * Vector256.LoadUnsafe(ref rb, (nuint)i) * Vector256.LoadUnsafe(ref rc, (nuint)i);
            }

            l0 = acc.GetElement(0);
            l1 = acc.GetElement(1);
            l2 = acc.GetElement(2);
            l3 = acc.GetElement(3);
        }
        else
        {
            for (; i <= n - 4; i += 4)
            {
                l0 += Unsafe.Add(ref ra, i) * Unsafe.Add(ref rb, i) * Unsafe.Add(ref rc, i);
                l1 += Unsafe.Add(ref ra, i + 1) * Unsafe.Add(ref rb, i + 1) * Unsafe.Add(ref rc, i + 1);
                l2 += Unsafe.Add(ref ra, i + 2) * Unsafe.Add(ref rb, i + 2) * Unsafe.Add(ref rc, i + 2);
                l3 += Unsafe.Add(ref ra, i + 3) * Unsafe.Add(ref rb, i + 3) * Unsafe.Add(ref rc, i + 3);
            }
        }

        if (i < n)
        {
            l0 += Unsafe.Add(ref ra, i) * Unsafe.Add(ref rb, i) * Unsafe.Add(ref rc, i);
        }

        if (i + 1 < n)
        {
            l1 += Unsafe.Add(ref ra, i + 1) * Unsafe.Add(ref rb, i + 1) * Unsafe.Add(ref rc, i + 1);
        }

        if (i + 2 < n)
        {
            l2 += Unsafe.Add(ref ra, i + 2) * Unsafe.Add(ref rb, i + 2) * Unsafe.Add(ref rc, i + 2);
        }

        return (l0 + l1) + (l2 + l3);
    }

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
    public static double Sum(ReadOnlySpan<double> a)
    {
        double l0 = 0, l1 = 0, l2 = 0, l3 = 0;
        int i = 0;
        for (; i <= a.Length - 4; i += 4)
        {
            l0 += a[i];
            l1 += a[i + 1];
            l2 += a[i + 2];
            l3 += a[i + 3];
        }

        if (i < a.Length)
        {
            l0 += a[i];
        }

        if (i + 1 < a.Length)
        {
            l1 += a[i + 1];
        }

        if (i + 2 < a.Length)
        {
            l2 += a[i + 2];
        }

        return (l0 + l1) + (l2 + l3);
    }
}
