namespace Radiomics.Features.Shape;

/// <summary>
/// Exact integer moments of a set of voxel indices (x, y, z): the count, the sums and the sums of products.
/// Kept as integers so the covariance numerator <c>N·Σab − Σa·Σb</c> is exact (in 128-bit arithmetic).
/// </summary>
internal struct VoxelMoments
{
    public long Count;
    public long SumX, SumY, SumZ;
    public long SumXX, SumYY, SumZZ, SumXY, SumXZ, SumYZ;

    /// <summary>Adds one row (fixed y, z) given its voxel count and the sums of x and x² over it.</summary>
    public void AddRow(long y, long z, long count, long sumX, long sumXX)
    {
        Count += count;
        SumX += sumX;
        SumXX += sumXX;
        SumY += count * y;
        SumYY += count * y * y;
        SumZ += count * z;
        SumZZ += count * z * z;
        SumXY += y * sumX;
        SumXZ += z * sumX;
        SumYZ += count * y * z;
    }

    /// <summary>
    /// Population covariance (normaliser N) of the coordinates scaled by the spacings: PyRadiomics' covariance of
    /// <c>(index · spacing − mean) / √N</c>. Returned row-major in numpy's axis order (z, y, x).
    /// </summary>
    public readonly double[] Covariance(double spacingX, double spacingY, double spacingZ)
    {
        long n = Count;
        double n2 = (double)n * n;
        double Cov(long sumAB, long sumA, long sumB, double scale) =>
            (double)((Int128)n * sumAB - (Int128)sumA * sumB) / n2 * scale;

        double zz = Cov(SumZZ, SumZ, SumZ, spacingZ * spacingZ);
        double yy = Cov(SumYY, SumY, SumY, spacingY * spacingY);
        double xx = Cov(SumXX, SumX, SumX, spacingX * spacingX);
        double zy = Cov(SumYZ, SumZ, SumY, spacingZ * spacingY);
        double zx = Cov(SumXZ, SumZ, SumX, spacingZ * spacingX);
        double yx = Cov(SumXY, SumY, SumX, spacingY * spacingX);
        return [zz, zy, zx, zy, yy, yx, zx, yx, xx];
    }
}
