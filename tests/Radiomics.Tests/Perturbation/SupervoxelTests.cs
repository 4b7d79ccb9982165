using Radiomics.Examples;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Perturbation;

namespace Radiomics.Tests.Perturbation;

public class SupervoxelTests
{
    [Fact]
    public void Compute_LabelsEveryVoxel_EachLabelOneFaceConnectedPiece()
    {
        (ImageData image, BoundingBox region) = Lesion();
        SupervoxelMap map = Supervoxels.Compute(image, region, -100, 150);

        int[] labels = map.Labels.ToArray();
        Assert.All(labels, l => Assert.InRange(l, 1, map.Count));
        Assert.Equal(map.Count, labels.Distinct().Count());
        Size3 size = region.Size;
        var seen = new bool[map.Count + 1];
        var visited = new bool[labels.Length];
        for (int start = 0; start < labels.Length; start++)
        {
            if (visited[start])
            {
                continue;
            }

            Assert.False(seen[labels[start]], $"label {labels[start]} has more than one piece");
            seen[labels[start]] = true;
            var stack = new Stack<int>([start]);
            visited[start] = true;
            while (stack.Count > 0)
            {
                int v = stack.Pop();
                Index3 at = size.IndexOf(v);
                foreach (Index3 n in new[] { at with { X = at.X - 1 }, at with { X = at.X + 1 }, at with { Y = at.Y - 1 }, at with { Y = at.Y + 1 }, at with { Z = at.Z - 1 }, at with { Z = at.Z + 1 } })
                {
                    if (size.Contains(n) && !visited[size.Offset(n)] && labels[size.Offset(n)] == labels[v])
                    {
                        visited[size.Offset(n)] = true;
                        stack.Push(size.Offset(n));
                    }
                }
            }
        }

        // About 500 mm³ per supervoxel.
        double expected = region.Size.VoxelCount * image.Geometry.VoxelVolume / Supervoxels.VolumeMm3;
        Assert.InRange(map.Count, expected / 3, expected * 3);
    }

    [Fact]
    public void Compute_IsDeterministic()
    {
        (ImageData image, BoundingBox region) = Lesion();
        Assert.Equal(Supervoxels.Compute(image, region, -100, 150).Labels.ToArray(), Supervoxels.Compute(image, region, -100, 150).Labels.ToArray());
    }

    [Fact]
    public void Randomisation_HighOverlapAlwaysKept_LowOverlapNeverKept()
    {
        (ImageData image, BoundingBox region) = Lesion();
        Volume<byte> roi = Roi();
        SupervoxelMap map = Supervoxels.Compute(image, region, -100, 150);
        double[] overlap = ContourRandomisation.Overlaps(map, roi);
        double[] probability = ContourRandomisation.Probabilities(overlap);
        int[] high = Enumerable.Range(1, map.Count).Where(k => overlap[k] >= 0.9).ToArray();
        int[] low = Enumerable.Range(1, map.Count).Where(k => overlap[k] > 0 && overlap[k] < 0.2 && k != ArgMax(overlap)).ToArray();
        int[] middle = Enumerable.Range(1, map.Count).Where(k => overlap[k] >= 0.2 && overlap[k] < 0.9).ToArray();
        Assert.NotEmpty(high);
        Assert.NotEmpty(low);
        Assert.NotEmpty(middle);

        var keptCount = new int[map.Count + 1];
        const int repetitions = 200;
        for (int r = 0; r < repetitions; r++)
        {
            bool[] kept = ContourRandomisation.Select(probability, SplitMixStream.For(42, 1).Child((ulong)r));
            Assert.All(high, k => Assert.True(kept[k], $"supervoxel {k} (overlap {overlap[k]:0.00}) dropped"));
            Assert.All(low, k => Assert.False(kept[k], $"supervoxel {k} (overlap {overlap[k]:0.00}) kept"));
            for (int k = 1; k <= map.Count; k++)
            {
                keptCount[k] += kept[k] ? 1 : 0;
            }
        }

        // In between, the frequency follows the overlap (200 draws: within 5 binomial standard deviations).
        foreach (int k in middle)
        {
            double p = overlap[k], sd = Math.Sqrt(p * (1 - p) / repetitions);
            Assert.InRange(keptCount[k] / (double)repetitions, p - (5 * sd) - 0.01, p + (5 * sd) + 0.01);
        }
    }

    [Fact]
    public void Probabilities_LargestOverlapAlwaysKept()
    {
        double[] probability = ContourRandomisation.Probabilities([0, 0.1, 0.15, 0.05]);
        Assert.Equal([0, 0, 1, 0], probability);
    }

    [Fact]
    public void Mask_KeptSupervoxelsClosed_CoversEveryKeptVoxel()
    {
        (ImageData image, BoundingBox region) = Lesion();
        SupervoxelMap map = Supervoxels.Compute(image, region, -100, 150);
        bool[] kept = Enumerable.Range(0, map.Count + 1).Select(k => k % 3 == 1).ToArray();
        Volume<byte> mask = ContourRandomisation.Mask(map, kept, image.Geometry);
        for (int z = region.Lower.Z; z <= region.Upper.Z; z++)
        {
            for (int y = region.Lower.Y; y <= region.Upper.Y; y++)
            {
                for (int x = region.Lower.X; x <= region.Upper.X; x++)
                {
                    if (kept[map.LabelAt(x, y, z)])
                    {
                        Assert.Equal(1, mask[x, y, z]);
                    }
                }
            }
        }
    }

    [Fact]
    public void Mask_IsTheBinaryClosingOfTheKeptSupervoxels()
    {
        (ImageData image, BoundingBox region) = Lesion();
        SupervoxelMap map = Supervoxels.Compute(image, region, -100, 150);
        bool[] kept = ContourRandomisation.Select(ContourRandomisation.Probabilities(ContourRandomisation.Overlaps(map, Roi())), SplitMixStream.For(8, 2));
        Volume<byte> mask = ContourRandomisation.Mask(map, kept, image.Geometry);

        // Brute force on the whole grid: dilation (outside the grid 0), then erosion (outside the grid 1).
        Size3 size = image.Geometry.Size;
        bool Selected(int x, int y, int z) => kept[map.LabelAt(x, y, z)];
        bool Dilated(int x, int y, int z) => size.Contains(new Index3(x, y, z)) && (Selected(x, y, z)
            || (x > 0 && Selected(x - 1, y, z)) || (x < size.X - 1 && Selected(x + 1, y, z)) || (y > 0 && Selected(x, y - 1, z))
            || (y < size.Y - 1 && Selected(x, y + 1, z)) || (z > 0 && Selected(x, y, z - 1)) || (z < size.Z - 1 && Selected(x, y, z + 1)));
        bool OrEdge(int x, int y, int z) => !size.Contains(new Index3(x, y, z)) || Dilated(x, y, z);
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    bool closed = Dilated(x, y, z) && OrEdge(x - 1, y, z) && OrEdge(x + 1, y, z) && OrEdge(x, y - 1, z)
                        && OrEdge(x, y + 1, z) && OrEdge(x, y, z - 1) && OrEdge(x, y, z + 1);
                    Assert.True((closed ? 1 : 0) == mask[x, y, z], $"({x}, {y}, {z})");
                }
            }
        }
    }

    private static (ImageData Image, BoundingBox Region) Lesion()
    {
        (ImageData image, _) = SyntheticCase.Create(48, 16);
        return (image, new BoundingBox(new Index3(4, 4, 1), new Index3(43, 43, 14)));
    }

    private static Volume<byte> Roi()
    {
        (_, ImageData mask) = SyntheticCase.Create(48, 16);
        return mask.ToBinaryMask(1);
    }

    private static int ArgMax(double[] values)
    {
        int best = 0;
        for (int k = 1; k < values.Length; k++)
        {
            best = values[k] > values[best] ? k : best;
        }

        return best;
    }
}
