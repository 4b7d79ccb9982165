namespace Radiomics.Analysis.Selection.Internal;

/// <summary>
/// caret 6.0-93's <c>findCorrelation_exact(x, cutoff)</c> on a full correlation matrix. Columns are ordered by their mean
/// |r| with the others (decreasing, ties in column order, as R's stable <c>order(decreasing = TRUE)</c>). For i in that
/// order and each later j, when both survive and |r_ij| &gt; cutoff: mn1 is the mean |r| of row i and mn2 the mean of
/// every entry of the matrix outside row j (caret's <c>mean(x2[-j, ], na.rm = TRUE)</c>), both over the surviving
/// features and off the diagonal; if mn1 &gt; mn2 column i is dropped (and i's walk ends), else column j.
/// </summary>
/// <remarks>
/// The means are compared exactly: each |r| is rounded once to a multiple of 2⁻⁵³ (exact for |r| ≥ ½) and the sums are
/// kept as 128-bit integers, updated as columns drop, so mn1 &gt; mn2 is decided without rounding error (caret
/// compares floating-point means, which can only differ on ties at the 1e-16 level). Exact ties keep i and drop j, as
/// caret's <c>else</c> does; ties in the initial order go to the earlier column. O(p²) time.
/// </remarks>
internal static class CaretFindCorrelation
{
    private const double Scale = 9007199254740992.0; // 2^53

    /// <summary>A dropped column: its index, the partner it was compared with, and their |r|.</summary>
    public readonly record struct Removal(int Column, int Partner, double AbsR);

    /// <summary>The dropped columns in caret's order (by position in the mean-|r| order).</summary>
    public static List<Removal> Run(double[] matrix, int p, double cutoff)
    {
        var rowSum = new Int128[p];
        Int128 total = 0;
        for (int a = 0; a < p; a++)
        {
            Int128 sum = 0;
            for (int b = 0; b < p; b++)
            {
                sum += b == a ? 0 : Quantise(matrix[(a * p) + b]);
            }

            rowSum[a] = sum;
            total += sum;
        }

        int[] order = Enumerable.Range(0, p).ToArray();
        Int128[] initial = [.. rowSum];
        Array.Sort(order, (x, y) => initial[x] != initial[y] ? initial[y].CompareTo(initial[x]) : x.CompareTo(y));

        var dead = new bool[p];
        var removal = new Removal?[p];
        int alive = p;
        for (int i = 0; i < p - 1; i++)
        {
            int ci = order[i];
            for (int j = i + 1; j < p && !dead[ci]; j++)
            {
                int cj = order[j];
                double r = Math.Abs(matrix[(ci * p) + cj]);
                if (dead[cj] || !(r > cutoff))
                {
                    continue;
                }

                // mn1 > mn2  <=>  R_i / (A - 1) > (S - R_j) / (A - 1)^2  <=>  R_i (A - 1) > S - R_j
                bool dropFirst = rowSum[ci] * (alive - 1) > total - rowSum[cj];
                int drop = dropFirst ? ci : cj;
                removal[drop] = new Removal(drop, dropFirst ? cj : ci, r);
                total -= 2 * rowSum[drop];
                for (int k = 0; k < p; k++)
                {
                    if (!dead[k] && k != drop)
                    {
                        rowSum[k] -= Quantise(matrix[(k * p) + drop]);
                    }
                }

                rowSum[drop] = 0;
                dead[drop] = true;
                alive--;
            }
        }

        return order.Where(c => dead[c]).Select(c => removal[c]!.Value).ToList();
    }

    private static long Quantise(double r) => (long)Math.Round(Math.Abs(r) * Scale);
}
