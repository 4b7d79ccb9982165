using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Radiomics.Numerics.Simd;

namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// The cubic B-spline prefilter of ITK's <c>BSplineDecompositionImageFilter</c> (Unser 1999, box 2) on one
/// line: gain 6, one pole z = √3 − 2, mirror boundaries. The causal initial coefficient sums the first
/// <see cref="Horizon"/> samples when the line is longer than that (ITK's tolerance 1e-10), and otherwise
/// uses the exact mirror sum; operation order follows ITK so results match it bit for bit.
/// </summary>
internal static class BSplineDecomposition
{
    public static readonly double Pole = Math.Sqrt(3.0) - 2.0;

    /// <summary>ITK: ⌈ln(tolerance) / ln|z|⌉ with tolerance 1e-10 (= 18 for the cubic pole).</summary>
    public static readonly long Horizon = (long)Math.Ceiling(Math.Log(1e-10) / Math.Log(Math.Abs(Pole)));

    private static readonly double Gain = 1.0 * (1.0 - Pole) * (1.0 - 1.0 / Pole);

    /// <summary>Replaces the samples of <paramref name="line"/> by their cubic B-spline coefficients.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ToCoefficients(Span<double> line)
    {
        int n = line.Length;
        if (n == 1)
        {
            return;
        }

        double z = Pole;
        for (int i = 0; i < n; i++)
        {
            line[i] *= Gain;
        }

        line[0] = InitialCausalCoefficient(line, z);
        for (int i = 1; i < n; i++)
        {
            line[i] += z * line[i - 1];
        }

        line[n - 1] = (z / (z * z - 1.0)) * (z * line[n - 2] + line[n - 1]);
        for (int i = n - 2; i >= 0; i--)
        {
            line[i] = z * (line[i + 1] - line[i]);
        }
    }

    private static double InitialCausalCoefficient(ReadOnlySpan<double> line, double z)
    {
        int n = line.Length;
        double zn = z;
        if (Horizon < n)
        {
            double sum = line[0];
            for (int i = 1; i < Horizon; i++)
            {
                sum += zn * line[i];
                zn *= z;
            }

            return sum;
        }

        double iz = 1.0 / z;
        double z2n = Math.Pow(z, n - 1);
        double full = line[0] + z2n * line[n - 1];
        z2n *= z2n * iz;
        for (int i = 1; i <= n - 2; i++)
        {
            full += (zn + z2n) * line[i];
            zn *= z;
            z2n *= iz;
        }

        return full / (1.0 - zn * zn);
    }

    /// <summary>
    /// <see cref="ToCoefficients(Span{double})"/> on 4·k lines at once: element i of vector v holds lines
    /// 4v … 4v + 3 at <c>lines[i·k + v]</c>. Every lane does the scalar operations in the scalar order, so the
    /// result is bit-identical to filtering each line alone; the k independent recursions overlap in the CPU.
    /// </summary>
    public static void ToCoefficients(Span<Vector256<double>> lines, int k)
    {
        // Two four-lane vectors side by side are one eight-lane vector of the same lines.
        if (Vector512.IsHardwareAccelerated && k % 2 == 0)
        {
            ToCoefficients<Lanes512<double>>(MemoryMarshal.Cast<Vector256<double>, Lanes512<double>>(lines), k / 2);
            return;
        }

        ToCoefficients(MemoryMarshal.Cast<Vector256<double>, Lanes256<double>>(lines), k);
    }

    /// <summary>
    /// The recursions on any vector width (<see cref="Lanes256{T}"/> or <see cref="Lanes512{T}"/>): written once;
    /// the JIT specialises it per width, so each instantiation is as fast as a hand-written copy.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ToCoefficients<TVector>(Span<TVector> lines, int k)
        where TVector : unmanaged, ISimdLanes<TVector, double>
    {
        int n = lines.Length / k;
        if (n == 1)
        {
            return;
        }

        // The gain is applied as each value is first read (the same products as a separate sweep, one pass fewer).
        double z = Pole;
        var gain = TVector.Create(Gain);
        var zv = TVector.Create(z);
        for (int v = 0; v < k; v++)
        {
            lines[v] = InitialCausalCoefficient<TVector>(lines, k, v, z, gain);
        }

        for (int i = 1; i < n; i++)
        {
            int e = i * k;
            for (int v = 0; v < k; v++)
            {
                lines[e + v] = (lines[e + v] * gain) + (zv * lines[e - k + v]);
            }
        }

        var anticausal = TVector.Create(z / (z * z - 1.0));
        int last = (n - 1) * k;
        for (int v = 0; v < k; v++)
        {
            lines[last + v] = anticausal * (zv * lines[last - k + v] + lines[last + v]);
        }

        for (int i = n - 2; i >= 0; i--)
        {
            int e = i * k;
            for (int v = 0; v < k; v++)
            {
                lines[e + v] = zv * (lines[e + k + v] - lines[e + v]);
            }
        }
    }

    private static TVector InitialCausalCoefficient<TVector>(ReadOnlySpan<TVector> lines, int k, int v, double z, TVector gain)
        where TVector : unmanaged, ISimdLanes<TVector, double>
    {
        int n = lines.Length / k;
        double zn = z;
        if (Horizon < n)
        {
            TVector sum = lines[v] * gain;
            for (int i = 1; i < Horizon; i++)
            {
                sum += TVector.Create(zn) * (lines[i * k + v] * gain);
                zn *= z;
            }

            return sum;
        }

        double iz = 1.0 / z;
        double z2n = Math.Pow(z, n - 1);
        TVector full = (lines[v] * gain) + (TVector.Create(z2n) * (lines[(n - 1) * k + v] * gain));
        z2n *= z2n * iz;
        for (int i = 1; i <= n - 2; i++)
        {
            full += TVector.Create(zn + z2n) * (lines[i * k + v] * gain);
            zn *= z;
            z2n *= iz;
        }

        return full / TVector.Create(1.0 - zn * zn);
    }
}
