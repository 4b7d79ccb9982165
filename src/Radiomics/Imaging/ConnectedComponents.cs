using System.Buffers;

namespace Radiomics.Imaging;

/// <summary>Connected-component counting on binary masks.</summary>
public static class ConnectedComponents
{
    /// <summary>
    /// The number of connected regions of non-zero voxels; 26-connectivity when <paramref name="fullyConnected"/>
    /// (ITK's FullyConnectedOn, which PyRadiomics uses for diagnostics_Mask-*_VolumeNum), else 6-connectivity.
    /// </summary>
    /// <remarks>
    /// The mask is copied into a pooled buffer with a one-voxel border of zeros, so every neighbour is one fixed offset
    /// away and needs no bounds test; a voxel is marked visited by clearing it in that copy. This runs on every
    /// extraction with diagnostics, once per mask.
    /// </remarks>
    public static int Count(Volume<byte> mask, bool fullyConnected = true)
    {
        Size3 size = mask.Size;
        int px = size.X + 2, py = size.Y + 2, pz = size.Z + 2;
        int length = checked(px * py * pz);
        byte[] padded = ArrayPool<byte>.Shared.Rent(length);
        int[]? stack = null;
        try
        {
            Array.Clear(padded, 0, length);
            ReadOnlySpan<byte> voxels = mask.Voxels;
            int present = 0;
            for (int z = 0; z < size.Z; z++)
            {
                for (int y = 0; y < size.Y; y++)
                {
                    ReadOnlySpan<byte> row = voxels.Slice(size.Offset(0, y, z), size.X);
                    Span<byte> target = padded.AsSpan((((z + 1) * py) + y + 1) * px + 1, size.X);
                    for (int x = 0; x < row.Length; x++)
                    {
                        byte inside = row[x] != 0 ? (byte)1 : (byte)0;
                        target[x] = inside;
                        present += inside;
                    }
                }
            }

            Span<int> neighbours = stackalloc int[26];
            int neighbourCount = 0;
            for (int dz = -1; dz <= 1; dz++)
            {
                for (int dy = -1; dy <= 1; dy++)
                {
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int steps = Math.Abs(dx) + Math.Abs(dy) + Math.Abs(dz);
                        if (steps != 0 && (fullyConnected || steps == 1))
                        {
                            neighbours[neighbourCount++] = ((dz * py) + dy) * px + dx;
                        }
                    }
                }
            }

            neighbours = neighbours[..neighbourCount];
            stack = ArrayPool<int>.Shared.Rent(Math.Max(1, present));
            int count = 0;
            for (int start = 0; start < length && present > 0; start++)
            {
                if (padded[start] == 0)
                {
                    continue;
                }

                // Each voxel is pushed once (cleared when pushed), so the stack never holds more than the ROI's voxels.
                count++;
                padded[start] = 0;
                present--;
                int top = 0;
                stack[top++] = start;
                while (top > 0)
                {
                    int p = stack[--top];
                    foreach (int step in neighbours)
                    {
                        int q = p + step;
                        if (padded[q] != 0)
                        {
                            padded[q] = 0;
                            present--;
                            stack[top++] = q;
                        }
                    }
                }
            }

            return count;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(padded);
            if (stack is not null)
            {
                ArrayPool<int>.Shared.Return(stack);
            }
        }
    }
}
