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
}
