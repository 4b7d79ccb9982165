using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Numerics.Fourier;

namespace Radiomics.Filters.Ibsi2;

/// <summary>Applies a frequency-domain transfer function to a volume (3D) or to each slice (2D) and keeps the real part.</summary>
internal static class FourierFilter
{
    /// <summary>
    /// Transforms <paramref name="voxels"/> (padded by half the size per filtered axis unless the boundary is periodic),
    /// lets <paramref name="multiply"/> change the spectrum (it receives the transformed grid size), transforms back
    /// and returns the real part on the original grid.
    /// </summary>
    public static double[] Apply(double[] voxels, Size3 size, bool is3D, BoundaryMode boundary, FilterExecution execution,
        Action<double[], double[], Size3> multiply)
    {
        bool periodic = boundary == BoundaryMode.Periodic;
        int px = periodic ? 0 : size.X / 2, py = periodic ? 0 : size.Y / 2, pz = periodic || !is3D ? 0 : size.Z / 2;
        var grid = new Size3(size.X + 2 * px, size.Y + 2 * py, size.Z + 2 * pz);
        var re = new double[grid.VoxelCount];
        var im = new double[grid.VoxelCount];
        execution.For(grid.Z, z =>
        {
            int sz = Boundary.Map(z - pz, size.Z, boundary);
            for (int y = 0; y < grid.Y; y++)
            {
                int sy = Boundary.Map(y - py, size.Y, boundary);
                for (int x = 0; x < grid.X; x++)
                {
                    int sx = Boundary.Map(x - px, size.X, boundary);
                    re[grid.Offset(x, y, z)] = sx < 0 || sy < 0 || sz < 0 ? 0 : voxels[size.Offset(sx, sy, sz)];
                }
            }
        });

        FourierTransform.Transform(re, im, grid, is3D, inverse: false, execution.MaxDegreeOfParallelism);
        multiply(re, im, grid);
        FourierTransform.Transform(re, im, grid, is3D, inverse: true, execution.MaxDegreeOfParallelism);
        var result = new double[voxels.Length];
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                re.AsSpan(grid.Offset(px, y + py, z + pz), size.X).CopyTo(result.AsSpan(size.Offset(0, y, z), size.X));
            }
        }

        return result;
    }

    /// <summary>
    /// The IBSI reference implementations' normalised frequency grid in FFT order: bin k ↦
    /// (((k + ⌊n/2⌋) mod n) − c)/c with c = (n−1)/2 (NumPy <c>ifftshift</c> of a centred index grid scaled to [−1, 1]).
    /// </summary>
    public static double[] CentredIndexGrid(int n)
    {
        var grid = new double[n];
        double c = (n - 1) / 2.0;
        for (int k = 0; k < n; k++)
        {
            grid[k] = c == 0 ? 0 : ((k + n / 2) % n - c) / c;
        }

        return grid;
    }
}
