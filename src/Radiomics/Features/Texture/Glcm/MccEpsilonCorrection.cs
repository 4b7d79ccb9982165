using Radiomics.Numerics;

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
    /// <summary>
    /// δλ for the simple eigenvalue of S (the symmetric matrix similar to Q over the grey levels <paramref name="rows"/>
    /// with pₓ &gt; 0) whose unit eigenvector is <paramref name="v"/>.
    /// </summary>
    public static double Shift(in GlcmCoefficients m, ReadOnlySpan<int> rows, ReadOnlySpan<double> v)
    {
        // δλ = Σ_a Σ_c √pₓ(a) v(a) δQ(a,c) v(c) / √pₓ(c) with δQ(a,c) = −Σₖ w(a,k) p(c,k), w(a,k) = p(a,k) ε / (a_k(a_k + ε)),
        // a_k = pₓ(a)p_y(k). The sum over c is taken first: t(k) = Σ_c p(c,k) v(c) / √pₓ(c), then δλ = −Σ_a √pₓ(a) v(a) Σₖ w(a,k) t(k).
        // Both sums visit the stored entries of each row in order (the dense loops' zero terms add nothing).
        int n = m.Size;
        ReadOnlySpan<double> px = m.Px, py = m.Py;
        ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
        ReadOnlySpan<double> values = m.EntryValues;
        double[] t = System.Buffers.ArrayPool<double>.Shared.Rent(n);
        try
        {
            Array.Clear(t, 0, n);
            for (int c = 0; c < rows.Length; c++)
            {
                int j = rows[c];
                double weight = v[c] / Math.Sqrt(px[j]);
                for (int e = starts[j]; e < starts[j + 1]; e++)
                {
                    t[columns[e]] += values[e] * weight;
                }
            }

            double shift = 0;
            for (int a = 0; a < rows.Length; a++)
            {
                int i = rows[a];
                double inner = 0;
                for (int e = starts[i]; e < starts[i + 1]; e++)
                {
                    double pik = values[e];
                    if (pik > 0)
                    {
                        double denominator = px[i] * py[columns[e]];
                        inner += pik * MachineEpsilon.Value / (denominator * (denominator + MachineEpsilon.Value)) * t[columns[e]];
                    }
                }

                shift -= Math.Sqrt(px[i]) * v[a] * inner;
            }

            return shift;
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(t);
        }
    }
}
