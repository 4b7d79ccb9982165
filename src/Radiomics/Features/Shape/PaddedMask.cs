using System.Buffers;
using System.Runtime.CompilerServices;
using Radiomics.Imaging;

namespace Radiomics.Features.Shape;

/// <summary>
/// The ROI as PyRadiomics' shape class sees it: the mask cropped to the ROI's bounding box and padded with one
/// zero voxel on every side, as 0/1 bytes, x fastest. Alongside: each row's first and last ROI voxel and the
/// exact integer moments of the ROI voxel indices (count, sums, sums of products) that the PCA features need.
/// Indices are those of the padded grid (PyRadiomics' numpy indices); the moments are translation-invariant once centred.
/// The voxel buffer is rented from the shared pool (it is large enough for the large-object heap); dispose to return it.
/// </summary>
internal sealed class PaddedMask : IDisposable
{
    private PaddedMask(int nx, int ny, int nz, byte[] voxels, int[] rowFirst, int[] rowLast, in VoxelMoments moments)
    {
        Nx = nx;
        Ny = ny;
        Nz = nz;
        Voxels = voxels;
        RowFirst = rowFirst;
        RowLast = rowLast;
        Moments = moments;
    }

    public int Nx { get; }

    public int Ny { get; }

    public int Nz { get; }

    /// <summary>0/1 per voxel, index x + Nx·(y + Ny·z) (a pooled array: may be longer than Nx·Ny·Nz).</summary>
    public byte[] Voxels { get; private set; }

    /// <summary>First ROI x of row (y, z) at [y + Ny·z], or -1 for an empty row.</summary>
    public int[] RowFirst { get; }

    /// <summary>Last ROI x of row (y, z) at [y + Ny·z], or -1 for an empty row.</summary>
    public int[] RowLast { get; }

    public VoxelMoments Moments { get; }

    public ReadOnlySpan<byte> Row(int y, int z) => Voxels.AsSpan((y + Ny * z) * Nx, Nx);

    /// <summary>Crops <paramref name="mask"/> to its non-zero voxels and pads by one; null when the mask is empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // one long pass per case: optimise from the first call
    public static PaddedMask? Of(Volume<byte> mask)
    {
        BoundingBox? found = BoundingBox.Of(mask);
        if (found is not BoundingBox box)
        {
            return null;
        }

        Size3 inner = box.Size;
        int nx = inner.X + 2, ny = inner.Y + 2, nz = inner.Z + 2;
        byte[] voxels = ArrayPool<byte>.Shared.Rent(checked(nx * ny * nz));
        voxels.AsSpan(0, nx * ny * nz).Clear();
        var rowFirst = new int[ny * nz];
        var rowLast = new int[ny * nz];
        rowFirst.AsSpan().Fill(-1);
        rowLast.AsSpan().Fill(-1);
        var moments = new VoxelMoments();
        ReadOnlySpan<byte> source = mask.Voxels;
        Size3 size = mask.Size;
        for (int z = 1; z < nz - 1; z++)
        {
            for (int y = 1; y < ny - 1; y++)
            {
                ReadOnlySpan<byte> from = source.Slice(size.Offset(box.Lower.X, box.Lower.Y + y - 1, box.Lower.Z + z - 1), inner.X);
                Span<byte> to = voxels.AsSpan((y + ny * z) * nx + 1, inner.X);
                long count = 0, sumX = 0, sumXX = 0;
                int first = -1, last = -1;
                for (int i = 0; i < from.Length; i++)
                {
                    if (from[i] != 0)
                    {
                        to[i] = 1;
                        long x = i + 1;
                        count++;
                        sumX += x;
                        sumXX += x * x;
                        if (first < 0)
                        {
                            first = i + 1;
                        }

                        last = i + 1;
                    }
                }

                if (count > 0)
                {
                    rowFirst[y + ny * z] = first;
                    rowLast[y + ny * z] = last;
                    moments.AddRow(y, z, count, sumX, sumXX);
                }
            }
        }

        return new PaddedMask(nx, ny, nz, voxels, rowFirst, rowLast, moments);
    }

    public void Dispose()
    {
        if (Voxels.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(Voxels);
            Voxels = [];
        }
    }
}
