using System.Buffers;
using Radiomics.Numerics.LinearAlgebra;

namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// The maximal correlation coefficient of one GLCM, <c>√λ₂</c> with λ₂ the second largest eigenvalue of
/// <c>Q(i,j) = Σₖ p(i,k)p(j,k) / (pₓ(i)p_y(k))</c> (the <see cref="GlcmFeatures.Mcc"/> formula's computation).
/// Q is similar to the symmetric <c>S = B Bᵀ</c>, <c>B = Dₓ^(−½) P D_y^(−½)</c> (rows/columns with zero marginals add zero
/// eigenvalues), whose eigenvalues are computed instead; for a symmetric GLCM B itself is symmetric and <c>S = B²</c>,
/// so the eigenvalues of S are the squares of those of B, which are computed without forming S. PyRadiomics adds ε to
/// the denominator of Q; its effect is added as well (first order for a simple λ₂, <see cref="MccEpsilonCorrection"/>;
/// per block when the GLCM has disconnected blocks and λ₂ would be 1, <see cref="DisconnectedGlcmBlocks"/>).
/// </summary>
internal static class MaximalCorrelationCoefficient
{
    /// <summary>
    /// √λ₂ of the matrix (see <see cref="GlcmFeatures.Mcc"/>); <paramref name="allowSymmetricShortcut"/> false always goes
    /// through <c>S = B Bᵀ</c> (to test the shortcut against it).
    /// </summary>
    public static double Compute(in GlcmCoefficients m, bool allowSymmetricShortcut)
    {
        // The O(N_g²) work matrices are pooled (rented and returned here): fresh large arrays cost page faults.
        int n = m.Size;
        int[] rows = ArrayPool<int>.Shared.Rent(n);
        int[] cols = ArrayPool<int>.Shared.Rent(n);
        int[] columnOf = ArrayPool<int>.Shared.Rent(n);
        double[]? b = null, s = null;
        try
        {
            ReadOnlySpan<double> px = m.Px, py = m.Py;
            int r = 0, nc = 0;
            for (int i = 0; i < n; i++)
            {
                if (px[i] > 0)
                {
                    rows[r++] = i;
                }

                columnOf[i] = py[i] > 0 ? nc : -1;
                if (py[i] > 0)
                {
                    cols[nc++] = i;
                }
            }

            // B(a, c) = p(i, k) / √(pₓ(i) p_y(k)) over the rows and columns with non-zero marginals (zero cells stay 0).
            // A symmetric B is only read below and on its diagonal (SymmetricTridiagonalForm.Reduce), so only k ≤ i is
            // filled: p(i, k) = p(k, i) and pₓ = p_y exactly, so the upper cells would hold the same bits anyway.
            bool symmetric = allowSymmetricShortcut && m.IsSymmetric();
            b = ArrayPool<double>.Shared.Rent(Math.Max(1, r * nc));
            Array.Clear(b, 0, r * nc);
            ReadOnlySpan<int> starts = m.RowStarts, columns = m.EntryColumns;
            ReadOnlySpan<double> values = m.EntryValues;
            for (int a = 0; a < r; a++)
            {
                int i = rows[a];
                for (int e = starts[i]; e < starts[i + 1]; e++)
                {
                    int k = columns[e];
                    if (symmetric && k > i)
                    {
                        break; // columns ascend within a row
                    }

                    if (columnOf[k] >= 0)
                    {
                        b[a * nc + columnOf[k]] = values[e] / Math.Sqrt(px[i] * py[k]);
                    }
                }
            }

            return FromB(m, b, r, nc, rows.AsSpan(0, r), symmetric, ref s);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rows);
            ArrayPool<int>.Shared.Return(cols);
            ArrayPool<int>.Shared.Return(columnOf);
            if (b is not null)
            {
                ArrayPool<double>.Shared.Return(b);
            }

            if (s is not null)
            {
                ArrayPool<double>.Shared.Return(s);
            }
        }
    }

    /// <summary>The MCC from <c>B</c> (<paramref name="r"/> × <paramref name="nc"/>, overwritten); <paramref name="s"/> receives the rented <c>S</c> if one is formed.</summary>
    private static double FromB(in GlcmCoefficients m, double[] b, int r, int nc, ReadOnlySpan<int> rows, bool symmetric, ref double[]? s)
    {
        const double DegenerateTolerance = 1e-9;
        SymmetricTridiagonalForm form;
        double second; // the second largest eigenvalue of S
        double secondValue; // the eigenvalue of the reduced matrix behind second
        if (symmetric)
        {
            // B is symmetric (pₓ = p_y, rows = columns): S = B², eigenvalues μ² with the eigenvectors of B.
            // The second largest μ² is the square of the μ of second largest magnitude, found by bisection (no full QL).
            form = SymmetricTridiagonalForm.Reduce(b, r);
            secondValue = form.SecondLargestMagnitude();
            second = secondValue * secondValue;
        }
        else
        {
            s = ArrayPool<double>.Shared.Rent(Math.Max(1, r * r));
            Array.Clear(s, 0, r * r);
            for (int a = 0; a < r; a++)
            {
                ReadOnlySpan<double> rowA = b.AsSpan(a * nc, nc);
                for (int c = 0; c <= a; c++)
                {
                    s[a * r + c] = TextureMath.Dot(rowA, b.AsSpan(c * nc, nc));
                }
            }

            form = SymmetricTridiagonalForm.Reduce(s, r);
            second = r >= 2 ? form.Eigenvalue(r - 2) : 0;
            secondValue = second;
        }

        // Zero rows of Q contribute eigenvalue 0; the second largest of all n eigenvalues is wanted.
        if (r >= 2 && second > 1 - DegenerateTolerance)
        {
            // Eigenvalue 1 is multiple: the GLCM has disconnected blocks, and ε separates their roots. This rare
            // case needs an eigenvalue further down, so all of them are computed (QL).
            double[] eigenvalues = form.Eigenvalues();
            if (symmetric)
            {
                for (int a = 0; a < r; a++)
                {
                    eigenvalues[a] *= eigenvalues[a];
                }

                Array.Sort(eigenvalues);
            }

            double[] roots = DisconnectedGlcmBlocks.PerronRoots(m);
            int others = r - 1 - roots.Length;
            second = Math.Max(roots.Length >= 2 ? roots[1] : 0, others >= 0 ? eigenvalues[others] : 0);
        }
        else if (r >= 2 && second > 0 && form.Eigenvector(secondValue) is { } v)
        {
            // A simple eigenvalue: add ε's first-order shift, as PyRadiomics' Q carries ε.
            second += MccEpsilonCorrection.Shift(m, rows, v);
        }

        if (r < m.Size)
        {
            second = Math.Max(second, 0);
        }

        return Math.Sqrt(Math.Max(second, 0));
    }
}
