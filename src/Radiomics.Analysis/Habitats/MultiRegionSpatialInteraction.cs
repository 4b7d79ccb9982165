using Radiomics.Imaging;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// The multi-region spatial-interaction (MSI) matrix of a habitat map and its features, in HABIT's convention
/// (lichao312214129/HABIT, <c>msi_features.py</c>; Wu et al.) and in a background-free variant.
/// </summary>
/// <remarks>
/// <para>HABIT's matrix M, (K + 1) × (K + 1) with row and column 0 the background: take the ROI's bounding box (label &gt; 0)
/// padded with one layer of background (voxels beyond the grid count as background); for every voxel of that box and
/// each of its 6 face neighbours inside the box, M[label(voxel), label(neighbour)] += 1. So M is symmetric,
/// M[a, b] is the number of face-adjacent voxel pairs of labels a and b for a ≠ b, and M[a, a] twice the pairs inside a.</para>
/// <para>HABIT's features keep its normalisation: p = M / s with s the sum of M's lower triangle (diagonal included)
/// without row 0, and the four formulas over the whole p, background included (so p need not sum to 1).</para>
/// <para>The background-free variant P: M restricted to habitats 1..K (pairs counted in both orders), divided by its
/// sum so P sums to 1; the same formulas with i, j = 1..K. NaN features when the ROI has no face-adjacent pair.</para>
/// </remarks>
public static class MultiRegionSpatialInteraction
{
    /// <summary>HABIT's matrix M of <paramref name="labels"/> (0 background, habitats 1..<paramref name="habitatCount"/>).</summary>
    /// <exception cref="ArgumentException">A label exceeds <paramref name="habitatCount"/>.</exception>
    public static long[,] Matrix(Volume<byte> labels, int habitatCount)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var matrix = new long[habitatCount + 1, habitatCount + 1];
        if (BoundingBox.Of(labels) is not { } box)
        {
            return matrix;
        }

        Size3 size = labels.Size;
        ReadOnlySpan<byte> values = labels.Voxels;
        int Label(int x, int y, int z)
        {
            if ((uint)x >= (uint)size.X || (uint)y >= (uint)size.Y || (uint)z >= (uint)size.Z)
            {
                return 0;
            }

            byte value = labels[x, y, z];
            return value <= habitatCount ? value : throw new ArgumentException($"Label {value} exceeds the {habitatCount} habitats.", nameof(labels));
        }

        Index3 low = box.Lower - new Index3(1, 1, 1), high = box.Upper + new Index3(1, 1, 1);
        for (int z = low.Z; z <= high.Z; z++)
        {
            for (int y = low.Y; y <= high.Y; y++)
            {
                for (int x = low.X; x <= high.X; x++)
                {
                    int a = Label(x, y, z);
                    // Each unordered pair once (the +x, +y, +z neighbour inside the padded box), added both ways.
                    if (x < high.X)
                    {
                        AddPair(matrix, a, Label(x + 1, y, z));
                    }

                    if (y < high.Y)
                    {
                        AddPair(matrix, a, Label(x, y + 1, z));
                    }

                    if (z < high.Z)
                    {
                        AddPair(matrix, a, Label(x, y, z + 1));
                    }
                }
            }
        }

        return matrix;
    }

    /// <summary>HABIT's features of <paramref name="matrix"/> (quirks kept: see the class remarks).</summary>
    public static MsiFeatures HabitFeatures(long[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = matrix.GetLength(0);
        double normaliser = 0;
        for (int i = 1; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                normaliser += matrix[i, j];
            }
        }

        var p = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                p[i, j] = matrix[i, j] / normaliser;
            }
        }

        return Features(p, first: 0);
    }

    /// <summary>The background-free features of <paramref name="matrix"/> (habitats 1..K only, normalised to sum 1).</summary>
    public static MsiFeatures RoiOnlyFeatures(long[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int k = matrix.GetLength(0) - 1;
        double total = 0;
        for (int i = 1; i <= k; i++)
        {
            for (int j = 1; j <= k; j++)
            {
                total += matrix[i, j];
            }
        }

        var p = new double[k, k];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                p[i, j] = matrix[i + 1, j + 1] / total;
            }
        }

        return Features(p, first: 1);
    }

    /// <summary>The number of face-adjacent voxel pairs of habitats <paramref name="a"/> and <paramref name="b"/> (0 = background) in HABIT's padded box.</summary>
    public static long Pairs(long[,] matrix, int a, int b) => a == b ? matrix[a, a] / 2 : matrix[a, b];

    private static void AddPair(long[,] matrix, int a, int b)
    {
        matrix[a, b]++;
        matrix[b, a]++;
    }

    /// <summary>The four features of <paramref name="p"/>, whose row/column r stands for label <paramref name="first"/> + r.</summary>
    private static MsiFeatures Features(double[,] p, int first)
    {
        int n = p.GetLength(0);
        double contrast = 0, homogeneity = 0, energy = 0, cross = 0;
        var rows = new double[n];
        var columns = new double[n];
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                double v = p[r, c];
                double i = first + r, j = first + c;
                contrast += (i - j) * (i - j) * v;
                homogeneity += v / (1.0 + (i - j) * (i - j));
                energy += v * v;
                cross += i * j * v;
                rows[r] += v;
                columns[c] += v;
            }
        }

        double meanX = 0, meanY = 0;
        for (int r = 0; r < n; r++)
        {
            meanX += rows[r] * (first + r);
            meanY += columns[r] * (first + r);
        }

        double varianceX = 0, varianceY = 0;
        for (int r = 0; r < n; r++)
        {
            varianceX += rows[r] * (first + r - meanX) * (first + r - meanX);
            varianceY += columns[r] * (first + r - meanY) * (first + r - meanY);
        }

        double sx = Math.Sqrt(varianceX), sy = Math.Sqrt(varianceY);
        double correlation = sx > 0 && sy > 0 ? (cross - meanX * meanY) / (sx * sy) : double.IsNaN(sx) || double.IsNaN(sy) ? double.NaN : 1.0;
        return new MsiFeatures(contrast, homogeneity, correlation, energy);
    }
}
