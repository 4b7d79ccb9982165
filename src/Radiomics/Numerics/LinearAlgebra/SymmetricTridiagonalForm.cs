using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Radiomics.Numerics.Simd;

namespace Radiomics.Numerics.LinearAlgebra;

/// <summary>
/// A real symmetric matrix A reduced to tridiagonal form <c>T = Qᵀ A Q</c> by Householder reflections (EISPACK
/// tred2, values-only variant, with the reflections kept): eigenvalues of A are those of T (<see cref="Eigenvalues"/>,
/// by the implicit QL method), and an eigenvector of A is Q times one of T (<see cref="Eigenvector"/>, by inverse
/// iteration on T, O(n) per iteration, then the n − 1 reflections, O(n²)). The reduction costs 4n³/3 flops; its
/// symmetric matrix–vector products read the lower triangle by rows only (no strided column walks).
/// </summary>
/// <remarks>
/// Every floating-point sum has a fixed order (four interleaved partial sums, then <c>(s₀ + s₁) + (s₂ + s₃)</c>) and
/// no fused multiply-add is used, so the vectorised and scalar paths give the same bits on every machine.
/// </remarks>
internal sealed class SymmetricTridiagonalForm
{
    private readonly double[] _reflectors;
    private readonly double[] _reflectorNorms;
    private readonly int _n;

    private SymmetricTridiagonalForm(double[] reflectors, double[] reflectorNorms, int n, double[] diagonal, double[] subDiagonal)
    {
        _reflectors = reflectors;
        _reflectorNorms = reflectorNorms;
        _n = n;
        Diagonal = diagonal;
        SubDiagonal = subDiagonal;
    }

    /// <summary>The diagonal of T.</summary>
    public double[] Diagonal { get; }

    /// <summary><c>SubDiagonal[i] = T(i, i − 1)</c> for i ≥ 1; entry 0 is 0.</summary>
    public double[] SubDiagonal { get; }

    public int Size => _n;

    /// <summary>Reduces the symmetric <paramref name="a"/> (n×n, row-major; only its lower triangle is read), which is overwritten.</summary>
    public static SymmetricTridiagonalForm Reduce(double[] a, int n)
    {
        var d = new double[n];
        var e = new double[n];
        var norms = new double[n];
        for (int i = n - 1; i > 0; i--)
        {
            int l = i - 1;
            double h = 0;
            Span<double> u = a.AsSpan(i * n, i);
            if (l > 0)
            {
                double scale = 0;
                for (int k = 0; k <= l; k++)
                {
                    scale += Math.Abs(u[k]);
                }

                if (scale == 0)
                {
                    e[i] = u[l];
                }
                else
                {
                    h = ScaleAndSumSquares(u, scale);

                    double f = u[l];
                    double g = f >= 0 ? -Math.Sqrt(h) : Math.Sqrt(h);
                    e[i] = scale * g;
                    h -= f * g;
                    u[l] = f - g;

                    // p = A u / h over the leading (l + 1) block, then K = uᵀp / 2h and q = p − K u, held in e[0..l].
                    Span<double> p = e.AsSpan(0, i);
                    SymmetricProduct(a, n, u, p);
                    f = DivideAndDot(p, h, u);

                    double hh = f / (h + h);
                    for (int j = 0; j <= l; j++)
                    {
                        f = u[j];
                        g = p[j] - hh * f;
                        p[j] = g;
                        SubtractCombination(a.AsSpan(j * n, j + 1), f, p, g, u);
                    }
                }
            }
            else
            {
                e[i] = u[l];
            }

            norms[i] = h;
        }

        e[0] = 0;
        for (int i = 0; i < n; i++)
        {
            d[i] = a[i * n + i];
        }

        return new SymmetricTridiagonalForm(a, norms, n, d, e);
    }

    /// <summary>The eigenvalues, ascending.</summary>
    public double[] Eigenvalues()
    {
        var d = (double[])Diagonal.Clone();
        var e = (double[])SubDiagonal.Clone();
        SymmetricEigenvalues.TridiagonalQl(d, e, _n);
        Array.Sort(d);
        return d;
    }

    /// <summary>The eigenvalue of rank <paramref name="k"/> (0 = smallest), by Sturm bisection on T (O(n) per step; <see cref="SymmetricEigenvalues.Bisect"/>).</summary>
    public double Eigenvalue(int k) => SymmetricEigenvalues.Bisect(Diagonal, SubDiagonal, k);

    /// <summary>The eigenvalue of second largest magnitude, signed (<see cref="SymmetricEigenvalues.SecondLargestMagnitude"/>).</summary>
    public double SecondLargestMagnitude() => SymmetricEigenvalues.SecondLargestMagnitude(Diagonal, SubDiagonal);

    /// <summary>
    /// A unit eigenvector of A for its eigenvalue <paramref name="lambda"/> (three steps of inverse iteration on T
    /// shifted just past λ, then the reflections), or null when the iteration breaks down.
    /// </summary>
    public double[]? Eigenvector(double lambda)
    {
        int n = _n;
        double shift = lambda + (Math.Max(Math.Abs(lambda), 1) * 1e-13);
        var lu = TridiagonalLu.Factor(Diagonal, SubDiagonal, shift);
        var y = new double[n];
        Array.Fill(y, 1.0 / Math.Sqrt(n));
        for (int iteration = 0; iteration < 3; iteration++)
        {
            lu.Solve(y);
            double norm = 0;
            foreach (double x in y)
            {
                norm += x * x;
            }

            norm = Math.Sqrt(norm);
            if (!double.IsFinite(norm) || norm == 0)
            {
                return null;
            }

            for (int i = 0; i < n; i++)
            {
                y[i] /= norm;
            }
        }

        // v = Q y = P_{n−1} ⋯ P₁ y, Pᵢ = I − uᵢuᵢᵀ / hᵢ with uᵢ stored in row i (columns 0 … i − 1).
        for (int i = 1; i < n; i++)
        {
            double h = _reflectorNorms[i];
            if (h == 0)
            {
                continue;
            }

            ReadOnlySpan<double> u = _reflectors.AsSpan(i * n, i);
            double projection = 0;
            for (int k = 0; k < i; k++)
            {
                projection += u[k] * y[k];
            }

            projection /= h;

            // y[k] −= projection·u[k] as y[k] + u[k]·(−projection): the same bits (negation is exact, and x − y is x + (−y)).
            SpanArithmetic.MultiplyAdd(u, -projection, y.AsSpan(0, i));
        }

        return y;
    }

    /// <summary>
    /// <c>u[k] /= scale</c>, then <c>Σ u[k]²</c> in order from 0 (as the scalar loop <c>u[k] /= scale; h += u[k]·u[k]</c>):
    /// <see cref="DivideAndDot"/> of u with itself, which reads each quotient back after storing it.
    /// </summary>
    internal static double ScaleAndSumSquares(Span<double> u, double scale) => DivideAndDot(u, scale, u);

    /// <summary>
    /// <c>p[j] /= h</c>, then <c>Σ p[j]u[j]</c> in order from 0 (as the scalar loop <c>p[j] /= h; f += p[j]·u[j]</c>; u may
    /// be p itself). The quotients and products of four elements are taken in vector lanes (element-wise, the scalar
    /// rounding), so only the sum's additions stay serial and the divider no longer sets the pace.
    /// </summary>
    internal static double DivideAndDot(Span<double> p, double h, ReadOnlySpan<double> u)
    {
        u = u[..p.Length];
        double f = 0;
        int j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var divisor = Vector256.Create(h);
            ref double pRef = ref MemoryMarshal.GetReference(p);
            ref double uRef = ref MemoryMarshal.GetReference(u);
            for (; j <= p.Length - 4; j += 4)
            {
                var q = Vector256.LoadUnsafe(ref pRef, (nuint)j) / divisor;
                q.StoreUnsafe(ref pRef, (nuint)j);
                var products = q * Vector256.LoadUnsafe(ref uRef, (nuint)j);
                f += products.GetElement(0);
                f += products.GetElement(1);
                f += products.GetElement(2);
                f += products.GetElement(3);
            }
        }

        for (; j < p.Length; j++)
        {
            p[j] /= h;
            f += p[j] * u[j];
        }

        return f;
    }

    /// <summary>
    /// <c>p = A u</c> over the leading <c>u.Length</c> block of the symmetric A, read from its lower triangle by rows:
    /// row j gives <c>p[j] += Σ_{k&lt;j} A(j,k)u[k] + A(j,j)u[j]</c> and <c>p[k] += A(j,k)u[j]</c> (k &lt; j).
    /// </summary>
    private static void SymmetricProduct(double[] a, int n, ReadOnlySpan<double> u, Span<double> p)
    {
        p.Clear();
        for (int j = 0; j < u.Length; j++)
        {
            ReadOnlySpan<double> row = a.AsSpan(j * n, j);
            double uj = u[j];
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int k = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                // Unchecked loads (k + 4 ≤ j = row.Length ≤ u.Length, p.Length): the same operations as the checked form.
                var sums = Vector256<double>.Zero;
                var scale = Vector256.Create(uj);
                ref double rowRef = ref MemoryMarshal.GetReference(row);
                ref double uRef = ref MemoryMarshal.GetReference(u);
                ref double pRef = ref MemoryMarshal.GetReference(p);
                for (; k <= j - 4; k += 4)
                {
                    var r = Vector256.LoadUnsafe(ref rowRef, (nuint)k);
                    sums += r * Vector256.LoadUnsafe(ref uRef, (nuint)k);
                    (Vector256.LoadUnsafe(ref pRef, (nuint)k) + (r * scale)).StoreUnsafe(ref pRef, (nuint)k);
                }

                s0 = sums[0];
                s1 = sums[1];
                s2 = sums[2];
                s3 = sums[3];
            }
            else
            {
                for (; k <= j - 4; k += 4)
                {
                    s0 += row[k] * u[k];
                    s1 += row[k + 1] * u[k + 1];
                    s2 += row[k + 2] * u[k + 2];
                    s3 += row[k + 3] * u[k + 3];
                    p[k] += row[k] * uj;
                    p[k + 1] += row[k + 1] * uj;
                    p[k + 2] += row[k + 2] * uj;
                    p[k + 3] += row[k + 3] * uj;
                }
            }

            for (; k < j; k++)
            {
                s0 += row[k] * u[k];
                p[k] += row[k] * uj;
            }

            p[j] += ((s0 + s1) + (s2 + s3)) + (a[j * n + j] * uj);
        }
    }

    /// <summary>
    /// <c>target[k] −= f·x[k] + g·y[k]</c>, vectorised with the scalar loop's exact rounding (no fused multiply-add),
    /// so the result does not depend on the vector width.
    /// </summary>
    private static void SubtractCombination(Span<double> target, double f, ReadOnlySpan<double> x, double g, ReadOnlySpan<double> y)
    {
        x = x[..target.Length];
        y = y[..target.Length];
        int k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Unchecked loads (x and y were cut to target's length above): the same operations as the checked form.
            var vf = Vector256.Create(f);
            var vg = Vector256.Create(g);
            ref double t = ref MemoryMarshal.GetReference(target);
            ref double xRef = ref MemoryMarshal.GetReference(x);
            ref double yRef = ref MemoryMarshal.GetReference(y);
            for (; k <= target.Length - 4; k += 4)
            {
                (Vector256.LoadUnsafe(ref t, (nuint)k) - ((vf * Vector256.LoadUnsafe(ref xRef, (nuint)k)) + (vg * Vector256.LoadUnsafe(ref yRef, (nuint)k)))).StoreUnsafe(ref t, (nuint)k);
            }
        }

        for (; k < target.Length; k++)
        {
            target[k] -= f * x[k] + g * y[k];
        }
    }
}
