using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Regions;

/// <summary>Connected-component labelling of a mask or of one label of a label map.</summary>
public static class ConnectedRegions
{
    /// <summary>
    /// Labels the connected regions of the voxels equal to <paramref name="value"/> (every non-zero voxel when null)
    /// under <paramref name="connectivity"/>. Voxels beyond the grid's edge belong to no region.
    /// </summary>
    public static RegionLabels Label(Volume<byte> volume, Connectivity connectivity, byte? value = null)
    {
        ArgumentNullException.ThrowIfNull(volume);
        Size3 size = volume.Size;
        int px = size.X + 2, py = size.Y + 2;
        // Padded copy: -1 for an unvisited member, 0 for a non-member (and the border), the region number once visited,
        // so every neighbour is one fixed offset away and needs no bounds test.
        int[] state = new int[checked(px * py * (size.Z + 2))];
        ReadOnlySpan<byte> voxels = volume.Voxels;
        int members = 0;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                ReadOnlySpan<byte> row = voxels.Slice(size.Offset(0, y, z), size.X);
                int target = ((z + 1) * py + y + 1) * px + 1;
                for (int x = 0; x < row.Length; x++)
                {
                    bool member = value is { } wanted ? row[x] == wanted : row[x] != 0;
                    if (member)
                    {
                        state[target + x] = -1;
                        members++;
                    }
                }
            }
        }

        int[] steps = NeighbourOffsets.Linear(connectivity, px, px * py);
        int[] stack = new int[Math.Max(1, members)];
        var sizes = new List<int>();
        for (int start = 0; start < state.Length && members > 0; start++)
        {
            if (state[start] != -1)
            {
                continue;
            }

            int label = sizes.Count + 1;
            int count = 0, top = 0;
            state[start] = label;
            stack[top++] = start;
            while (top > 0)
            {
                int p = stack[--top];
                count++;
                foreach (int step in steps)
                {
                    int q = p + step;
                    if (state[q] == -1)
                    {
                        state[q] = label;
                        stack[top++] = q;
                    }
                }
            }

            members -= count;
            sizes.Add(count);
        }

        var labels = new Volume<int>(volume.Geometry);
        Span<int> output = labels.Voxels;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                state.AsSpan(((z + 1) * py + y + 1) * px + 1, size.X).CopyTo(output.Slice(size.Offset(0, y, z), size.X));
            }
        }

        return new RegionLabels(labels, sizes);
    }
}
