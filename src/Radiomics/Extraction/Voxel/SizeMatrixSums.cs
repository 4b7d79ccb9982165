namespace Radiomics.Extraction.Voxel;

/// <summary>
/// The sums the run, zone and dependence features are built from, for a grey level × size matrix <c>P(i, j)</c>
/// (rows: kernel grey-level codes 1 … n with levels <c>i</c>; columns: sizes <c>j</c> = 1 … S), all divided by
/// <c>N = ΣP</c> where PyRadiomics divides: <c>p_g(i) = Σⱼ P</c>, <c>p_s(j) = Σᵢ P</c>, and the emphases and
/// non-uniformities of <see cref="Features.Texture.GreyLevelSizeMatrix"/>.
/// </summary>
internal struct SizeMatrixSums
{
    public double Total;              // N (runs, zones, voxels)
    public double Voxels;             // N_p = Σ p_s(j)·j
    public double GreyNonUniformity;  // Σ p_g² / N
    public double SizeNonUniformity;  // Σ p_s² / N
    public double SmallEmphasis;      // Σ p_s / j² / N
    public double LargeEmphasis;      // Σ p_s · j² / N
    public double LowGrey;            // Σ p_g / i² / N
    public double HighGrey;           // Σ p_g · i² / N
    public double SmallLow;           // Σ P / (i² j²) / N
    public double SmallHigh;          // Σ P · i² / j² / N
    public double LargeLow;           // Σ P · j² / i² / N
    public double LargeHigh;          // Σ P · i² j² / N
    public double GreyVariance;       // Σ (p_g/N)(i − μᵢ)²
    public double SizeVariance;       // Σ (p_s/N)(j − μⱼ)²
    public double Entropy;            // −Σ (P/N) log₂(P/N + ε)

    /// <summary>
    /// Computes the sums of <paramref name="counts"/> (row-major, <paramref name="stride"/> columns, column j − 1 for
    /// size j, rows 1 … <paramref name="rows"/>), with <paramref name="rowSums"/> and <paramref name="columnSums"/> as
    /// scratch. Returns false (sums undefined) when the matrix is empty.
    /// </summary>
    public static bool Compute(ReadOnlySpan<double> counts, int rows, int sizes, int stride, ReadOnlySpan<double> levels,
        Span<double> rowSums, Span<double> columnSums, out SizeMatrixSums s)
    {
        s = default;
        rowSums[..(rows + 1)].Clear();
        columnSums[..sizes].Clear();
        double total = 0;
        for (int r = 1; r <= rows; r++)
        {
            ReadOnlySpan<double> row = counts.Slice(r * stride, sizes);
            double i = levels[r], i2 = i * i;
            for (int c = 0; c < sizes; c++)
            {
                double p = row[c];
                if (p == 0)
                {
                    continue;
                }

                double j = c + 1, j2 = j * j;
                rowSums[r] += p;
                columnSums[c] += p;
                total += p;
                s.SmallLow += p / (i2 * j2);
                s.SmallHigh += p * i2 / j2;
                s.LargeLow += p * j2 / i2;
                s.LargeHigh += p * i2 * j2;
            }
        }

        if (total == 0)
        {
            return false;
        }

        for (int r = 1; r <= rows; r++)
        {
            ReadOnlySpan<double> row = counts.Slice(r * stride, sizes);
            for (int c = 0; c < sizes; c++)
            {
                if (row[c] != 0)
                {
                    double p = row[c] / total;
                    s.Entropy -= p * Math.Log2(p + VoxelMath.Epsilon);
                }
            }
        }

        double meanGrey = 0, meanSize = 0;
        for (int r = 1; r <= rows; r++)
        {
            double pg = rowSums[r], i = levels[r];
            s.GreyNonUniformity += pg * pg;
            s.LowGrey += pg / (i * i);
            s.HighGrey += pg * i * i;
            meanGrey += pg / total * i;
        }

        for (int c = 0; c < sizes; c++)
        {
            double ps = columnSums[c], j = c + 1;
            s.SizeNonUniformity += ps * ps;
            s.SmallEmphasis += ps / (j * j);
            s.LargeEmphasis += ps * j * j;
            s.Voxels += ps * j;
            meanSize += ps / total * j;
        }

        for (int r = 1; r <= rows; r++)
        {
            double d = levels[r] - meanGrey;
            s.GreyVariance += rowSums[r] / total * d * d;
        }

        for (int c = 0; c < sizes; c++)
        {
            double d = c + 1 - meanSize;
            s.SizeVariance += columnSums[c] / total * d * d;
        }

        s.Total = total;
        s.GreyNonUniformity /= total;
        s.SizeNonUniformity /= total;
        s.SmallEmphasis /= total;
        s.LargeEmphasis /= total;
        s.LowGrey /= total;
        s.HighGrey /= total;
        s.SmallLow /= total;
        s.SmallHigh /= total;
        s.LargeLow /= total;
        s.LargeHigh /= total;
        return true;
    }
}
