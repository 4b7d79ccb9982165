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
    /// δλ for the simple eigenvalue of S (the symmetric matrix similar to Q over the grey levels <paramref name="rows"/>
    /// with pₓ &gt; 0) whose unit eigenvector is <paramref name="v"/>.
    /// </summary>
    public static double Shift(GlcmProbabilities m, IReadOnlyList<int> rows, ReadOnlySpan<double> v)
    {
        // δλ = Σ_a Σ_c √pₓ(a) v(a) δQ(a,c) v(c) / √pₓ(c) with δQ(a,c) = −Σₖ w(a,k) p(c,k), w(a,k) = p(a,k) ε / (a_k(a_k + ε)),
        // a_k = pₓ(a)p_y(k). The sum over c is taken first: t(k) = Σ_c p(c,k) v(c) / √pₓ(c), then δλ = −Σ_a √pₓ(a) v(a) Σₖ w(a,k) t(k).
        int n = m.Size;
        double[] p = m.P;
        var t = new double[n];
        for (int c = 0; c < rows.Count; c++)
        {
            int j = rows[c];
            double weight = v[c] / Math.Sqrt(m.Px[j]);
            ReadOnlySpan<double> row = p.AsSpan(j * n, n);
            for (int k = 0; k < n; k++)
            {
                t[k] += row[k] * weight;
            }
        }

        double shift = 0;
        for (int a = 0; a < rows.Count; a++)
        {
            int i = rows[a];
            ReadOnlySpan<double> row = p.AsSpan(i * n, n);
            double inner = 0;
            for (int k = 0; k < n; k++)
            {
                double pik = row[k];
                if (pik > 0)
                {
                    double denominator = m.Px[i] * m.Py[k];
                    inner += pik * Epsilon / (denominator * (denominator + Epsilon)) * t[k];
                }
            }

            shift -= Math.Sqrt(m.Px[i]) * v[a] * inner;
        }

        return shift;
    }
}
