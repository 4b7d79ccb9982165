using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ToCoefficients(Span<Vector256<double>> lines, int k)
    {
        // Two four-lane vectors side by side are one eight-lane vector of the same lines.
        if (Vector512.IsHardwareAccelerated && k % 2 == 0)
        {
            ToCoefficients512(MemoryMarshal.Cast<Vector256<double>, Vector512<double>>(lines), k / 2);
            return;
        }

        int n = lines.Length / k;
        if (n == 1)
        {
            return;
        }

        // The gain is applied as each value is first read (the same products as a separate sweep, one pass fewer).
        double z = Pole;
        var gain = Vector256.Create(Gain);
        var zv = Vector256.Create(z);
        for (int v = 0; v < k; v++)
        {
            lines[v] = InitialCausalCoefficient(lines, k, v, z, gain);
        }

        for (int i = 1; i < n; i++)
        {
            int e = i * k;
            for (int v = 0; v < k; v++)
            {
                lines[e + v] = (lines[e + v] * gain) + (zv * lines[e - k + v]);
            }
        }

        var anticausal = Vector256.Create(z / (z * z - 1.0));
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

    private static Vector256<double> InitialCausalCoefficient(ReadOnlySpan<Vector256<double>> lines, int k, int v, double z, Vector256<double> gain)
    {
        int n = lines.Length / k;
        double zn = z;
        if (Horizon < n)
        {
            Vector256<double> sum = lines[v] * gain;
            for (int i = 1; i < Horizon; i++)
            {
                sum += Vector256.Create(zn) * (lines[i * k + v] * gain);
                zn *= z;
            }

            return sum;
        }

        double iz = 1.0 / z;
        double z2n = Math.Pow(z, n - 1);
        Vector256<double> full = (lines[v] * gain) + (Vector256.Create(z2n) * (lines[(n - 1) * k + v] * gain));
        z2n *= z2n * iz;
        for (int i = 1; i <= n - 2; i++)
        {
            full += Vector256.Create(zn + z2n) * (lines[i * k + v] * gain);
            zn *= z;
            z2n *= iz;
        }

        return full / Vector256.Create(1.0 - zn * zn);
    }

    /// <summary>The same on eight-lane vectors (lines 8v … 8v + 7), for processors with 512-bit vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ToCoefficients512(Span<Vector512<double>> lines, int k)
    {
        int n = lines.Length / k;
        if (n == 1)
        {
            return;
        }

        // The gain is applied as each value is first read (the same products as a separate sweep, one pass fewer).
        double z = Pole;
        var gain = Vector512.Create(Gain);
        var zv = Vector512.Create(z);
        for (int v = 0; v < k; v++)
        {
            lines[v] = InitialCausalCoefficient512(lines, k, v, z, gain);
        }

        for (int i = 1; i < n; i++)
        {
            int e = i * k;
            for (int v = 0; v < k; v++)
            {
                lines[e + v] = (lines[e + v] * gain) + (zv * lines[e - k + v]);
            }
        }

        var anticausal = Vector512.Create(z / (z * z - 1.0));
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

    private static Vector512<double> InitialCausalCoefficient512(ReadOnlySpan<Vector512<double>> lines, int k, int v, double z, Vector512<double> gain)
    {
        int n = lines.Length / k;
        double zn = z;
        if (Horizon < n)
        {
            Vector512<double> sum = lines[v] * gain;
            for (int i = 1; i < Horizon; i++)
            {
                sum += Vector512.Create(zn) * (lines[i * k + v] * gain);
                zn *= z;
            }

            return sum;
        }

        double iz = 1.0 / z;
        double z2n = Math.Pow(z, n - 1);
        Vector512<double> full = (lines[v] * gain) + (Vector512.Create(z2n) * (lines[(n - 1) * k + v] * gain));
        z2n *= z2n * iz;
        for (int i = 1; i <= n - 2; i++)
        {
            full += Vector512.Create(zn + z2n) * (lines[i * k + v] * gain);
            zn *= z;
            z2n *= iz;
        }

        return full / Vector512.Create(1.0 - zn * zn);
    }
}
