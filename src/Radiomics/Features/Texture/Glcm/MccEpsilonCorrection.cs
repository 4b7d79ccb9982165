namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// First-order effect of PyRadiomics' ε on a simple eigenvalue of the MCC matrix
/// <c>Q(i,j) = Σₖ p(i,k)p(j,k) / (pₓ(i)p_y(k) + ε)</c>.
/// </summary>
/// <remarks>
/// Without ε, <c>Q₀ = D^(−½) S D^(½)</c> with <c>D = diag(pₓ)</c> and S symmetric, so an eigenvector v of S
/// (‖v‖ = 1) gives the right eigenvector <c>D^(−½)v</c> and the left eigenvector <c>D^(½)v</c> of Q₀ (product 1), and
/// <c>δλ = Σᵢⱼ √pₓ(i) v(i) δQ(i,j) v(j) / √pₓ(j)</c> with <c>δQ(i,j) = −Σₖ p(i,k)p(j,k) ε / (a(a + ε))</c>,
/// <c>a = pₓ(i)p_y(k)</c>. ε matters where pₓp_y is small (rare grey levels: pₓp_y ≈ 10⁻¹⁰ gives 2·10⁻⁶ relative
/// in those entries); the second-order term is far below double precision of the result.
/// </remarks>
internal static class MccEpsilonCorrection
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>
    /// δλ for the eigenvalue <paramref name="lambda"/> of the symmetric <paramref name="s"/> (r×r, over the grey
    /// levels <paramref name="rows"/> with pₓ &gt; 0), or 0 when its eigenvector cannot be found.
    /// </summary>
    public static double Shift(GlcmProbabilities m, IReadOnlyList<int> rows, double[] s, int r, double lambda)
    {
        double[]? v = Eigenvector(s, r, lambda);
        if (v is null)
        {
            return 0;
        }

        // δQ(i,j) = −Σₖ w(i,k) p(j,k) with w(i,k) = p(i,k) ε / (a(a + ε)): w is computed once per entry (one division
        // each), which turns the triple sum into row dot products.
        int n = m.Size;
        double[] p = m.P;
        var weighted = new double[r * n];
        var scale = new double[r];
        for (int a = 0; a < r; a++)
        {
            int i = rows[a];
            scale[a] = Math.Sqrt(m.Px[i]);
            for (int k = 0; k < n; k++)
            {
                double pik = p[(i * n) + k];
                if (pik > 0)
                {
                    double denominator = m.Px[i] * m.Py[k];
                    weighted[(a * n) + k] = pik * Epsilon / (denominator * (denominator + Epsilon));
                }
            }
        }

        double shift = 0;
        for (int a = 0; a < r; a++)
        {
            ReadOnlySpan<double> wa = weighted.AsSpan(a * n, n);
            double left = scale[a] * v[a];
            for (int c = 0; c < r; c++)
            {
                double dq = -TextureMath.Dot(wa, p.AsSpan(rows[c] * n, n));
                if (dq != 0)
                {
                    shift += left * dq * v[c] / scale[c];
                }
            }
        }

        return shift;
    }

    /// <summary>Unit eigenvector of the symmetric <paramref name="s"/> for <paramref name="lambda"/> by inverse iteration.</summary>
    private static double[]? Eigenvector(double[] s, int r, double lambda)
    {
        var lu = (double[])s.Clone();
        double shift = lambda + (Math.Max(Math.Abs(lambda), 1) * 1e-13);
        for (int i = 0; i < r; i++)
        {
            lu[(i * r) + i] -= shift;
        }

        int[] pivot = new int[r];
        var swap = new double[r];
        for (int col = 0; col < r; col++)
        {
            int best = col;
            for (int row = col + 1; row < r; row++)
            {
                if (Math.Abs(lu[(row * r) + col]) > Math.Abs(lu[(best * r) + col]))
                {
                    best = row;
                }
            }

            pivot[col] = best;
            Span<double> pivotRow = lu.AsSpan(col * r, r);
            if (best != col)
            {
                Span<double> other = lu.AsSpan(best * r, r);
                pivotRow.CopyTo(swap);
                other.CopyTo(pivotRow);
                swap.CopyTo(other);
            }

            double diagonal = pivotRow[col];
            if (diagonal == 0)
            {
                pivotRow[col] = diagonal = 1e-300;
            }

            ReadOnlySpan<double> pivotTail = pivotRow[(col + 1)..];
            for (int row = col + 1; row < r; row++)
            {
                double factor = lu[(row * r) + col] /= diagonal;
                TextureMath.SubtractScaled(lu.AsSpan((row * r) + col + 1, r - col - 1), pivotTail, factor);
            }
        }

        var v = new double[r];
        Array.Fill(v, 1.0 / Math.Sqrt(r));
        for (int iteration = 0; iteration < 3; iteration++)
        {
            for (int i = 0; i < r; i++)
            {
                (v[i], v[pivot[i]]) = (v[pivot[i]], v[i]);
                for (int k = 0; k < i; k++)
                {
                    v[i] -= lu[(i * r) + k] * v[k];
                }
            }

            for (int i = r - 1; i >= 0; i--)
            {
                for (int k = i + 1; k < r; k++)
                {
                    v[i] -= lu[(i * r) + k] * v[k];
                }

                v[i] /= lu[(i * r) + i];
            }

            double norm = Math.Sqrt(v.Sum(x => x * x));
            if (!double.IsFinite(norm) || norm == 0)
            {
                return null;
            }

            for (int i = 0; i < r; i++)
            {
                v[i] /= norm;
            }
        }

        return v;
    }
}
