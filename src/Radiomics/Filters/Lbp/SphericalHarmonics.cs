using System.Numerics;

namespace Radiomics.Filters.Lbp;

/// <summary>
/// Complex spherical harmonics with scipy's <c>sph_harm(m, n, theta, phi)</c> convention: <c>theta</c> is the
/// azimuthal and <c>phi</c> the polar angle, <c>Y_n^m = √((2n+1)/(4π) · (n−m)!/(n+m)!) · P_n^m(cos phi) · e^{i m theta}</c>
/// with the Condon–Shortley phase in <c>P_n^m</c>, and <c>Y_n^{−m} = (−1)^m · conj(Y_n^m)</c>.
/// </summary>
internal static class SphericalHarmonics
{
    public static Complex Y(int m, int n, double theta, double phi)
    {
        int am = Math.Abs(m);
        if (am > n)
        {
            return Complex.Zero;
        }

        double x = Math.Cos(phi);
        double legendre = AssociatedLegendre(am, n, x);
        double ratio = 1;
        for (int k = n - am + 1; k <= n + am; k++)
        {
            ratio /= k;
        }

        double norm = Math.Sqrt((2 * n + 1) / (4 * Math.PI) * ratio);
        Complex positive = norm * legendre * Complex.FromPolarCoordinates(1, am * theta);
        if (m >= 0)
        {
            return positive;
        }

        return (am % 2 == 0 ? 1 : -1) * Complex.Conjugate(positive);
    }

    /// <summary><c>P_n^m(x)</c>, m ≥ 0, with the Condon–Shortley phase (−1)^m, by the standard upward recurrence.</summary>
    internal static double AssociatedLegendre(int m, int n, double x)
    {
        double pmm = 1;
        if (m > 0)
        {
            double s = Math.Sqrt((1 - x) * (1 + x));
            double factor = 1;
            for (int i = 1; i <= m; i++)
            {
                pmm *= -factor * s;
                factor += 2;
            }
        }

        if (n == m)
        {
            return pmm;
        }

        double pmmp1 = x * (2 * m + 1) * pmm;
        if (n == m + 1)
        {
            return pmmp1;
        }

        double pnm = 0;
        for (int l = m + 2; l <= n; l++)
        {
            pnm = ((x * (2 * l - 1) * pmmp1) - ((l + m - 1) * pmm)) / (l - m);
            pmm = pmmp1;
            pmmp1 = pnm;
        }

        return pnm;
    }
}
