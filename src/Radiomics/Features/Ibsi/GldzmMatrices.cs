using Radiomics.Features.Texture;
using Radiomics.Imaging;

namespace Radiomics.Features.Ibsi;

/// <summary>
/// Grey level distance zone matrices (IBSI 1, "Grey level distance zone based features", GLDZM). A zone is a
/// connected group of voxels with the same grey level (8-connected in a slice, 26-connected in 3D), as in the
/// GLSZM; its distance is the smallest distance to the ROI edge of its voxels, where the distance of a voxel is 1 +
/// the fewest 4-connected (2D) or 6-connected (3D) steps to a voxel outside the ROI (voxels on the edge have 1).
/// <c>P(i, d)</c> counts zones of grey level i and distance d. The distance map is taken from
/// <see cref="FeatureInput.ShapeMask"/> (the morphological ROI, which re-segmentation does not perforate), the
/// zones from the intensity mask.
/// </summary>
public sealed class GldzmMatrices
{
    private GldzmMatrices(IReadOnlyList<GreyLevelSizeMatrix> matrices, IReadOnlyList<int> voxelCounts)
    {
        Matrices = matrices;
        VoxelCounts = voxelCounts;
    }

    /// <summary>One matrix per slice (2D) or one for the volume (2.5D: slices merged; 3D), empty slices left out.</summary>
    public IReadOnlyList<GreyLevelSizeMatrix> Matrices { get; }

    /// <summary>N_v of each matrix: the ROI voxels its zones cover.</summary>
    public IReadOnlyList<int> VoxelCounts { get; }

    /// <summary>Zone percentage of matrix <paramref name="index"/>: N_z / N_v (zones over ROI voxels).</summary>
    public double ZonePercentage(int index) => Matrices[index].Total / VoxelCounts[index];

    /// <summary>Builds the matrices of <paramref name="aggregation"/>: Average2D (per slice), Merged25D, Average3D.</summary>
    public static GldzmMatrices Build(FeatureInput input, TextureAggregation aggregation)
    {
        bool is3D = aggregation is TextureAggregation.Average3D or TextureAggregation.Merged3D;
        bool perSlice = aggregation is TextureAggregation.Average2D or TextureAggregation.SliceMerged2D;
        Volume<int> levels = input.Discretised.Levels;
        Volume<byte> mask = input.Mask;
        int[] distance = DistanceMap(input.ShapeMask, is3D);
        Size3 size = mask.Size;
        int[] greyLevels = GreyLevelsOf(levels, mask);
        var levelIndex = new Dictionary<int, int>();
        for (int i = 0; i < greyLevels.Length; i++)
        {
            levelIndex[greyLevels[i]] = i;
        }

        var zones = new List<(int Slice, int Level, int Distance)>();
        var voxelsPerGroup = new SortedDictionary<int, int>();
        var visited = new bool[mask.Length];
        var stack = new Stack<int>();
        ReadOnlySpan<byte> roi = mask.Voxels;
        ReadOnlySpan<int> level = levels.Voxels;
        for (int start = 0; start < roi.Length; start++)
        {
            if (roi[start] == 0 || visited[start])
            {
                continue;
            }

            int grey = level[start];
            int zoneDistance = int.MaxValue, voxelCount = 0;
            visited[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int p = stack.Pop();
                voxelCount++;
                zoneDistance = Math.Min(zoneDistance, distance[p]);
                int x = p % size.X, y = p / size.X % size.Y, z = p / (size.X * size.Y);
                for (int dz = is3D ? -1 : 0; dz <= (is3D ? 1 : 0); dz++)
                {
                    for (int dy = -1; dy <= 1; dy++)
                    {
                        for (int dx = -1; dx <= 1; dx++)
                        {
                            int qx = x + dx, qy = y + dy, qz = z + dz;
                            if ((uint)qx >= (uint)size.X || (uint)qy >= (uint)size.Y || (uint)qz >= (uint)size.Z)
                            {
                                continue;
                            }

                            int q = qx + size.X * (qy + size.Y * qz);
                            if (roi[q] != 0 && !visited[q] && level[q] == grey)
                            {
                                visited[q] = true;
                                stack.Push(q);
                            }
                        }
                    }
                }
            }

            int group = perSlice ? start / (size.X * size.Y) : 0;
            zones.Add((group, grey, zoneDistance));
            voxelsPerGroup[group] = voxelsPerGroup.GetValueOrDefault(group) + voxelCount;
        }

        int maxDistance = zones.Count == 0 ? 1 : zones.Max(z => z.Distance);
        double[] sizes = GreyLevelSizeMatrix.OneBased(maxDistance);
        var matrices = new List<GreyLevelSizeMatrix>();
        foreach (IGrouping<int, (int Slice, int Level, int Distance)> group in zones.GroupBy(z => z.Slice).OrderBy(g => g.Key))
        {
            var counts = new double[greyLevels.Length * maxDistance];
            foreach ((_, int grey, int d) in group)
            {
                counts[levelIndex[grey] * maxDistance + d - 1]++;
            }

            matrices.Add(new GreyLevelSizeMatrix(counts, greyLevels, sizes));
        }

        return new GldzmMatrices(matrices, voxelsPerGroup.Values.ToArray());
    }

    /// <summary>Distance to the ROI edge for every voxel (0 outside), by breadth-first search from the outside.</summary>
    public static int[] DistanceMap(Volume<byte> mask, bool is3D)
    {
        Size3 size = mask.Size;
        ReadOnlySpan<byte> roi = mask.Voxels;
        var distance = new int[roi.Length];
        var queue = new Queue<int>();
        for (int p = 0; p < roi.Length; p++)
        {
            if (roi[p] == 0)
            {
                continue;
            }

            int x = p % size.X, y = p / size.X % size.Y, z = p / (size.X * size.Y);
            bool edge = x == 0 || y == 0 || x == size.X - 1 || y == size.Y - 1 || (is3D && (z == 0 || z == size.Z - 1));
            if (!edge)
            {
                foreach ((int dx, int dy, int dz) in Neighbours(is3D))
                {
                    if (roi[(x + dx) + size.X * ((y + dy) + size.Y * (z + dz))] == 0)
                    {
                        edge = true;
                        break;
                    }
                }
            }

            if (edge)
            {
                distance[p] = 1;
                queue.Enqueue(p);
            }
        }

        while (queue.Count > 0)
        {
            int p = queue.Dequeue();
            int x = p % size.X, y = p / size.X % size.Y, z = p / (size.X * size.Y);
            foreach ((int dx, int dy, int dz) in Neighbours(is3D))
            {
                int qx = x + dx, qy = y + dy, qz = z + dz;
                if ((uint)qx >= (uint)size.X || (uint)qy >= (uint)size.Y || (uint)qz >= (uint)size.Z)
                {
                    continue;
                }

                int q = qx + size.X * (qy + size.Y * qz);
                if (roi[q] != 0 && distance[q] == 0)
                {
                    distance[q] = distance[p] + 1;
                    queue.Enqueue(q);
                }
            }
        }

        return distance;
    }

    private static (int, int, int)[] Neighbours(bool is3D) => is3D
        ? [(1, 0, 0), (-1, 0, 0), (0, 1, 0), (0, -1, 0), (0, 0, 1), (0, 0, -1)]
        : [(1, 0, 0), (-1, 0, 0), (0, 1, 0), (0, -1, 0)];

    private static int[] GreyLevelsOf(Volume<int> levels, Volume<byte> mask)
    {
        var present = new SortedSet<int>();
        ReadOnlySpan<byte> roi = mask.Voxels;
        ReadOnlySpan<int> level = levels.Voxels;
        for (int i = 0; i < roi.Length; i++)
        {
            if (roi[i] != 0)
            {
                present.Add(level[i]);
            }
        }

        return present.ToArray();
    }
}
