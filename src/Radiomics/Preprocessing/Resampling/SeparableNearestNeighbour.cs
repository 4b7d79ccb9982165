using System.Runtime.CompilerServices;
using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// ITK's nearest-neighbour resampling (<see cref="NearestNeighbourInterpolator{T}"/>) onto an axis-aligned grid:
/// the nearest input index along each axis is looked up once per output index, then every output row copies
/// through the x table. Voxels outside the input buffer are 0.
/// </summary>
internal static class SeparableNearestNeighbour
{
    public static Volume<T> Resample<T>(Volume<T> input, ImageGeometry grid, AxisAlignedMapping mapping, ParallelOptions parallel)
        where T : unmanaged
    {
        Size3 n = grid.Size;
        Size3 inputSize = input.Size;
        int[] ix = NearestIndices(mapping, 0, n.X);
        int[] iy = NearestIndices(mapping, 1, n.Y);
        int[] iz = NearestIndices(mapping, 2, n.Z);
        var result = new Volume<T>(grid);
        T[] source = input.Buffer;
        T[] target = result.Buffer;
        Parallel.For(0, n.Z, parallel, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (z) =>
        {
            if (iz[z] < 0)
            {
                return;
            }

            for (int y = 0; y < n.Y; y++)
            {
                if (iy[y] < 0)
                {
                    continue;
                }

                int sourceRow = inputSize.X * (iy[y] + inputSize.Y * iz[z]);
                int targetRow = n.X * (y + n.Y * z);
                for (int x = 0; x < n.X; x++)
                {
                    if (ix[x] >= 0)
                    {
                        target[targetRow + x] = source[sourceRow + ix[x]];
                    }
                }
            }
        });
        return result;
    }

    /// <summary>ITK's ⌊index + ½⌋ clamped into the buffer, or −1 for an output index outside it.</summary>
    private static int[] NearestIndices(AxisAlignedMapping mapping, int axis, int length)
    {
        int size = mapping.InputSize[axis];
        var indices = new int[length];
        for (int i = 0; i < length; i++)
        {
            indices[i] = mapping.Inside(axis, i) ? Math.Clamp((int)Math.Floor(mapping.Indices[axis][i] + 0.5), 0, size - 1) : -1;
        }

        return indices;
    }
}
