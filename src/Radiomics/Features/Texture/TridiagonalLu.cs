using Radiomics.Numerics;

namespace Radiomics.Features.Texture;

/// <summary>
/// LU factorisation with partial pivoting of a shifted symmetric tridiagonal matrix <c>T − σI</c> (LAPACK dgttrf /
/// dgtts2: U gains a second superdiagonal where rows are swapped), for inverse iteration. A zero pivot, which means σ
/// is an eigenvalue to working precision, is replaced by a tiny one so the solve stays finite.
/// </summary>
internal sealed class TridiagonalLu
{
    private readonly double[] _multipliers;
    private readonly double[] _diagonal;
    private readonly double[] _super1;
    private readonly double[] _super2;
    private readonly bool[] _swapped;

    private TridiagonalLu(double[] multipliers, double[] diagonal, double[] super1, double[] super2, bool[] swapped)
    {
        _multipliers = multipliers;
        _diagonal = diagonal;
        _super1 = super1;
        _super2 = super2;
        _swapped = swapped;
    }

    /// <param name="diagonal">T's diagonal.</param>
    /// <param name="subDiagonal"><c>T(i, i − 1)</c> at index i (index 0 unused).</param>
    /// <param name="shift">σ.</param>
    public static TridiagonalLu Factor(double[] diagonal, double[] subDiagonal, double shift)
    {
        int n = diagonal.Length;
        var d = new double[n];
        var du = new double[n];
        var dl = new double[n];
        var du2 = new double[n];
        var swapped = new bool[n];
        double norm = 0;
        for (int i = 0; i < n; i++)
        {
            d[i] = diagonal[i] - shift;
            if (i + 1 < n)
            {
                du[i] = subDiagonal[i + 1];
                dl[i] = subDiagonal[i + 1];
            }

            norm = Math.Max(norm, Math.Abs(d[i]) + Math.Abs(du[i]) + Math.Abs(subDiagonal[i]));
        }

        double tiny = Math.Max(norm, double.Epsilon) * MachineEpsilon.Value;
        for (int i = 0; i < n - 1; i++)
        {
            if (Math.Abs(d[i]) >= Math.Abs(dl[i]))
            {
                // No row interchange: eliminate T(i + 1, i).
                if (d[i] == 0)
                {
                    d[i] = tiny;
                }

                double factor = dl[i] / d[i];
                dl[i] = factor;
                d[i + 1] -= factor * du[i];
            }
            else
            {
                // Interchange rows i and i + 1, then eliminate.
                double factor = d[i] / dl[i];
                d[i] = dl[i];
                dl[i] = factor;
                double temp = du[i];
                du[i] = d[i + 1];
                d[i + 1] = temp - factor * d[i + 1];
                if (i + 1 < n - 1)
                {
                    du2[i] = du[i + 1];
                    du[i + 1] = -factor * du[i + 1];
                }

                swapped[i] = true;
            }
        }

        if (n > 0 && d[n - 1] == 0)
        {
            d[n - 1] = tiny;
        }

        return new TridiagonalLu(dl, d, du, du2, swapped);
    }

    /// <summary>Overwrites <paramref name="b"/> with the solution x of <c>(T − σI) x = b</c>.</summary>
    public void Solve(Span<double> b)
    {
        int n = _diagonal.Length;
        for (int i = 0; i < n - 1; i++)
        {
            if (_swapped[i])
            {
                double temp = b[i];
                b[i] = b[i + 1];
                b[i + 1] = temp - _multipliers[i] * b[i];
            }
            else
            {
                b[i + 1] -= _multipliers[i] * b[i];
            }
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double x = b[i];
            if (i + 1 < n)
            {
                x -= _super1[i] * b[i + 1];
            }

            if (i + 2 < n)
            {
                x -= _super2[i] * b[i + 2];
            }

            b[i] = x / _diagonal[i];
        }
    }
}
