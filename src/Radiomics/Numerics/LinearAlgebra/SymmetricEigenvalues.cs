using System.Runtime.Intrinsics;

namespace Radiomics.Numerics.LinearAlgebra;

/// <summary>
/// Eigenvalues of a real symmetric matrix: Householder reduction to tridiagonal form
/// (<see cref="SymmetricTridiagonalForm"/>), then the implicit QL method with Wilkinson shifts (the classical
/// Golub–Van Loan / EISPACK tred2 + tql1 route). O(n³) and accurate to a few ulps of the largest eigenvalue, which the
/// GLCM maximal correlation coefficient needs. Single eigenvalues of the tridiagonal form are found by Sturm-sequence
/// bisection instead (<see cref="Bisect"/>, <see cref="SecondLargestMagnitude"/>; O(n) per step), which is what the MCC
/// uses; the full QL stays for the rare case that needs the whole spectrum and as the tests' reference.
/// </summary>
internal static class SymmetricEigenvalues
{
    /// <summary>Returns the eigenvalues ascending. <paramref name="a"/> (n×n, row-major, symmetric) is overwritten.</summary>
    public static double[] Compute(double[] a, int n) => SymmetricTridiagonalForm.Reduce(a, n).Eigenvalues();

    /// <summary>
    /// The eigenvalues of the symmetric tridiagonal matrix with diagonal <paramref name="d"/> and subdiagonal
    /// <c>e[i] = T(i, i − 1)</c> (i ≥ 1), left unsorted in <paramref name="d"/>; <paramref name="e"/> is destroyed.
    /// </summary>
    internal static void TridiagonalQl(double[] d, double[] e, int n)
    {
        for (int i = 1; i < n; i++)
        {
            e[i - 1] = e[i];
        }

        if (n > 0)
        {
            e[n - 1] = 0;
        }

        for (int l = 0; l < n; l++)
        {
            int iterations = 0;
            int m;
            do
            {
                for (m = l; m < n - 1; m++)
                {
                    double dd = Math.Abs(d[m]) + Math.Abs(d[m + 1]);
                    if (Math.Abs(e[m]) <= double.Epsilon + MachineEpsilon.Value * dd)
                    {
                        break;
                    }
                }

                if (m != l)
                {
                    if (iterations++ == 100)
                    {
                        throw new InvalidOperationException("Symmetric eigenvalue iteration did not converge.");
                    }

                    double g = (d[l + 1] - d[l]) / (2 * e[l]);
                    double r = Hypot(g, 1);
                    g = d[m] - d[l] + e[l] / (g + (g >= 0 ? Math.Abs(r) : -Math.Abs(r)));
                    double s = 1, c = 1, p = 0;
                    int i;
                    bool underflow = false;
                    for (i = m - 1; i >= l; i--)
                    {
                        double f = s * e[i];
                        double b = c * e[i];
                        r = Hypot(f, g);
                        e[i + 1] = r;
                        if (r == 0)
                        {
                            d[i + 1] -= p;
                            e[m] = 0;
                            underflow = true;
                            break;
                        }

                        s = f / r;
                        c = g / r;
                        g = d[i + 1] - p;
                        r = (d[i] - g) * s + 2 * c * b;
                        p = s * r;
                        d[i + 1] = g + p;
                        g = c * r - b;
                    }

                    if (underflow)
                    {
                        continue;
                    }

                    d[l] -= p;
                    e[l] = g;
                    e[m] = 0;
                }
            }
            while (m != l);
        }
    }

    /// <summary>
    /// The eigenvalue of rank <paramref name="k"/> (0 = smallest) of the symmetric tridiagonal matrix with diagonal
    /// <paramref name="d"/> and subdiagonal <c>e[i] = T(i, i − 1)</c> (i ≥ 1), by bisection on the Sturm count
    /// (Kahan; LAPACK dstebz): O(n) per step, about 60 steps, with no matrix overwritten.
    /// </summary>
    /// <remarks>
    /// The count of eigenvalues below x is exact for a matrix within a few ulps of T entry by entry, so the result is
    /// within about <c>3ε‖T‖</c> of the true eigenvalue (as QL's); bisection runs until the interval cannot be halved
    /// in floating point (its ends are adjacent doubles), so the stopping rule adds at most one ulp of the result.
    /// </remarks>
    internal static double Bisect(ReadOnlySpan<double> d, ReadOnlySpan<double> e, int k)
    {
        int n = d.Length;
        // Gershgorin interval, widened by a few ulps of its size so it surely holds every eigenvalue.
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity, maxSquare = 0;
        for (int i = 0; i < n; i++)
        {
            double radius = (i > 0 ? Math.Abs(e[i]) : 0) + (i + 1 < n ? Math.Abs(e[i + 1]) : 0);
            lo = Math.Min(lo, d[i] - radius);
            hi = Math.Max(hi, d[i] + radius);
            if (i > 0)
            {
                maxSquare = Math.Max(maxSquare, e[i] * e[i]);
            }
        }

        double width = Math.Max(Math.Abs(lo), Math.Abs(hi));
        lo -= 4 * MachineEpsilon.Value * width + double.Epsilon;
        hi += 4 * MachineEpsilon.Value * width + double.Epsilon;

        // A pivot this small is replaced by −pivmin (dstebz's safeguard against division by zero).
        double pivmin = Math.Max(2.2250738585072014e-308, maxSquare * 2.2250738585072014e-308);
        while (true)
        {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (CountBelow(d, e, mid, pivmin) > k)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        // lo and hi are adjacent: λₖ ≥ lo (at most k eigenvalues below lo) and λₖ < hi.
        return lo;
    }

    /// <summary>
    /// The eigenvalue of second largest magnitude of the symmetric tridiagonal T (diagonal <paramref name="d"/>,
    /// <c>e[i] = T(i, i − 1)</c>), with its sign; 0 when n &lt; 2. One bisection on the magnitude x, counting
    /// <c>#{μ ≥ x} + #{μ &lt; −x}</c> with two interleaved Sturm sequences (independent division chains, so the second
    /// costs little), instead of four separate bisections for the two largest and two smallest eigenvalues.
    /// </summary>
    /// <remarks>
    /// Same accuracy and stopping rule as <see cref="Bisect"/>: it stops when the bracket's ends are adjacent doubles.
    /// When a positive and a negative eigenvalue share the second magnitude, the positive one is returned.
    /// </remarks>
    internal static double SecondLargestMagnitude(ReadOnlySpan<double> d, ReadOnlySpan<double> e) =>
        SecondLargestMagnitudeCore(d, e, Vector256.IsHardwareAccelerated);

    /// <summary>
    /// <see cref="SecondLargestMagnitude"/>, two halvings per Sturm pass when
    /// <paramref name="vectorised"/> (and vectors are accelerated) or one; the result is the same to the bit (tests compare them).
    /// </summary>
    internal static double SecondLargestMagnitudeCore(ReadOnlySpan<double> d, ReadOnlySpan<double> e, bool vectorised)
    {
        int n = d.Length;
        if (n < 2)
        {
            return 0;
        }

        double bound = 0, maxSquare = 0;
        for (int i = 0; i < n; i++)
        {
            double radius = (i > 0 ? Math.Abs(e[i]) : 0) + (i + 1 < n ? Math.Abs(e[i + 1]) : 0);
            bound = Math.Max(bound, Math.Abs(d[i]) + radius);
            if (i > 0)
            {
                maxSquare = Math.Max(maxSquare, e[i] * e[i]);
            }
        }

        double pivmin = Math.Max(2.2250738585072014e-308, maxSquare * 2.2250738585072014e-308);
        double lo = 0, hi = (bound * (1 + 8 * MachineEpsilon.Value)) + double.Epsilon;
        int positiveAtLo = n, positiveAtHi = 0; // #{μ ≥ x} at the bracket's ends (all μ ≥ 0 count at x = 0 with the rest below −0)
        if (vectorised && Vector256.IsHardwareAccelerated)
        {
            // Two halvings per pass: the midpoint and both midpoints the next halving could take are counted together
            // (lanes of one Sturm sequence pass, each lane the scalar recurrence), then the two halvings are taken as
            // the loop below would take them, with its stopping test before each; so the bracket, and the result, are
            // the loop's to the bit.
            while (true)
            {
                double mid = 0.5 * (lo + hi);
                if (mid <= lo || mid >= hi)
                {
                    break;
                }

                double lower = 0.5 * (lo + mid), upper = 0.5 * (mid + hi);
                var points = Vector256.Create(mid, lower, upper, mid);
                (Vector256<long> below, Vector256<long> belowNegative) = CountBelowFour(d, e, points, pivmin);
                bool up = Halve(ref lo, ref hi, ref positiveAtLo, ref positiveAtHi, mid, n - (int)below[0], (int)belowNegative[0]);
                int lane = up ? 2 : 1;
                double next = up ? upper : lower;
                if (next <= lo || next >= hi)
                {
                    break;
                }

                Halve(ref lo, ref hi, ref positiveAtLo, ref positiveAtHi, next, n - (int)below[lane], (int)belowNegative[lane]);
            }

            // The bracket cannot be halved any more: the loop below stops at its first test.
        }

        while (true)
        {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            (int below, int belowNegative) = CountBelowPair(d, e, mid, -mid, pivmin);
            Halve(ref lo, ref hi, ref positiveAtLo, ref positiveAtHi, mid, n - below, belowNegative);
        }

        // Between hi and lo the count rose to 2: by a positive eigenvalue if #{μ ≥ x} rose, else by a negative one.
        return positiveAtLo > positiveAtHi ? lo : -lo;
    }

    /// <summary>
    /// One halving of <see cref="SecondLargestMagnitude"/>'s bracket at <paramref name="x"/>, given #{μ ≥ x} and
    /// #{μ &lt; −x}: x becomes the lower end when at least two magnitudes reach it (returns true), else the upper end.
    /// </summary>
    private static bool Halve(ref double lo, ref double hi, ref int positiveAtLo, ref int positiveAtHi, double x, int positive, int belowNegative)
    {
        if (positive + belowNegative >= 2)
        {
            lo = x;
            positiveAtLo = positive;
            return true;
        }

        hi = x;
        positiveAtHi = positive;
        return false;
    }

    /// <summary>
    /// For each lane x of <paramref name="points"/>, the numbers of eigenvalues of T below x and below −x: eight Sturm
    /// sequences in two vectors, each lane the recurrence of <see cref="CountBelowPair"/> (same operations, no fused
    /// multiply-add), so every count is the scalar one.
    /// </summary>
    private static (Vector256<long> Below, Vector256<long> BelowNegative) CountBelowFour(ReadOnlySpan<double> d, ReadOnlySpan<double> e, Vector256<double> points, double pivmin)
    {
        var negativePoints = -points;
        var floor = Vector256.Create(pivmin);
        var replacement = Vector256.Create(-pivmin);
        var d0 = Vector256.Create(d[0]);
        var qx = d0 - points;
        var qy = d0 - negativePoints;
        qx = Vector256.ConditionalSelect(Vector256.LessThan(Vector256.Abs(qx), floor), replacement, qx);
        qy = Vector256.ConditionalSelect(Vector256.LessThan(Vector256.Abs(qy), floor), replacement, qy);

        // A lane's count goes down by one (all bits set) for each negative pivot; negated at the end.
        var countX = Vector256.LessThan(qx, Vector256<double>.Zero).AsInt64();
        var countY = Vector256.LessThan(qy, Vector256<double>.Zero).AsInt64();
        for (int i = 1; i < d.Length; i++)
        {
            var square = Vector256.Create(e[i] * e[i]);
            var di = Vector256.Create(d[i]);
            qx = di - points - (square / qx);
            qy = di - negativePoints - (square / qy);
            qx = Vector256.ConditionalSelect(Vector256.LessThan(Vector256.Abs(qx), floor), replacement, qx);
            qy = Vector256.ConditionalSelect(Vector256.LessThan(Vector256.Abs(qy), floor), replacement, qy);
            countX += Vector256.LessThan(qx, Vector256<double>.Zero).AsInt64();
            countY += Vector256.LessThan(qy, Vector256<double>.Zero).AsInt64();
        }

        return (-countX, -countY);
    }

    /// <summary>The numbers of eigenvalues of T below <paramref name="x"/> and below <paramref name="y"/>, the two Sturm sequences interleaved.</summary>
    private static (int BelowX, int BelowY) CountBelowPair(ReadOnlySpan<double> d, ReadOnlySpan<double> e, double x, double y, double pivmin)
    {
        int countX = 0, countY = 0;
        double qx = d[0] - x, qy = d[0] - y;
        if (Math.Abs(qx) < pivmin)
        {
            qx = -pivmin;
        }

        if (Math.Abs(qy) < pivmin)
        {
            qy = -pivmin;
        }

        countX += qx < 0 ? 1 : 0;
        countY += qy < 0 ? 1 : 0;
        for (int i = 1; i < d.Length; i++)
        {
            double square = e[i] * e[i];
            qx = d[i] - x - (square / qx);
            qy = d[i] - y - (square / qy);
            if (Math.Abs(qx) < pivmin)
            {
                qx = -pivmin;
            }

            if (Math.Abs(qy) < pivmin)
            {
                qy = -pivmin;
            }

            countX += qx < 0 ? 1 : 0;
            countY += qy < 0 ? 1 : 0;
        }

        return (countX, countY);
    }

    /// <summary>The number of eigenvalues of T less than <paramref name="x"/>: the negative pivots of the LDLᵀ of T − xI.</summary>
    private static int CountBelow(ReadOnlySpan<double> d, ReadOnlySpan<double> e, double x, double pivmin)
    {
        int count = 0;
        double q = d[0] - x;
        if (Math.Abs(q) < pivmin)
        {
            q = -pivmin;
        }

        if (q < 0)
        {
            count++;
        }

        for (int i = 1; i < d.Length; i++)
        {
            q = d[i] - x - (e[i] * e[i]) / q;
            if (Math.Abs(q) < pivmin)
            {
                q = -pivmin;
            }

            if (q < 0)
            {
                count++;
            }
        }

        return count;
    }

    private static double Hypot(double a, double b)
    {
        double absA = Math.Abs(a), absB = Math.Abs(b);
        if (absA > absB)
        {
            double t = absB / absA;
            return absA * Math.Sqrt(1 + t * t);
        }

        if (absB == 0)
        {
            return 0;
        }

        double u = absA / absB;
        return absB * Math.Sqrt(1 + u * u);
    }
}
