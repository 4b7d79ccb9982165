using Radiomics.Imaging;

namespace Radiomics.Tests.Imaging;

/// <summary>The region count behind diagnostics_Mask-*_VolumeNum (26- or 6-connected non-zero voxels).</summary>
public class ConnectedComponentsTests
{
    [Fact]
    public void Count_CornerContact_IsOneRegionFullyConnectedAndTwoFaceConnected()
    {
        var mask = new Volume<byte>(Grid(3, 3, 3));
        mask[0, 0, 0] = 1;
        mask[1, 1, 1] = 5;

        Assert.Equal(1, ConnectedComponents.Count(mask));
        Assert.Equal(2, ConnectedComponents.Count(mask, fullyConnected: false));
    }

    [Fact]
    public void Count_EmptyMask_IsZero() => Assert.Equal(0, ConnectedComponents.Count(new Volume<byte>(Grid(4, 3, 2))));

    [Theory]
    [InlineData(1, 9, 7, 5, 0.3)]
    [InlineData(2, 12, 1, 9, 0.45)]
    [InlineData(3, 1, 1, 30, 0.5)]
    [InlineData(4, 16, 16, 3, 0.2)]
    [InlineData(5, 8, 8, 8, 0.6)]
    [InlineData(6, 20, 20, 6, 0.85)]
    [InlineData(7, 33, 5, 4, 0.7)]
    public void Count_RandomMasks_MatchesAUnionOfNeighbouringCoordinates(int seed, int nx, int ny, int nz, double density)
    {
        var random = new Random(seed);
        var mask = new Volume<byte>(Grid(nx, ny, nz));
        for (int i = 0; i < mask.Length; i++)
        {
            mask.Voxels[i] = random.NextDouble() < density ? (byte)1 : (byte)0;
        }

        Assert.Equal(ByUnionFind(mask, fullyConnected: true), ConnectedComponents.Count(mask));
        Assert.Equal(ByUnionFind(mask, fullyConnected: false), ConnectedComponents.Count(mask, fullyConnected: false));
    }

    private static ImageGeometry Grid(int nx, int ny, int nz) => new(new Size3(nx, ny, nz), new Vector3D(1, 1, 1), new Vector3D(0, 0, 0), Direction3.Identity);

    /// <summary>Reference: union every pair of non-zero voxels whose coordinates differ by at most one per axis.</summary>
    private static int ByUnionFind(Volume<byte> mask, bool fullyConnected)
    {
        Size3 s = mask.Size;
        var parent = Enumerable.Range(0, mask.Length).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (int z = 0; z < s.Z; z++)
        for (int y = 0; y < s.Y; y++)
        for (int x = 0; x < s.X; x++)
        {
            if (mask[x, y, z] == 0)
            {
                continue;
            }

            for (int dz = -1; dz <= 1; dz++)
            for (int dy = -1; dy <= 1; dy++)
            for (int dx = -1; dx <= 1; dx++)
            {
                int steps = Math.Abs(dx) + Math.Abs(dy) + Math.Abs(dz);
                int qx = x + dx, qy = y + dy, qz = z + dz;
                if (steps == 0 || (!fullyConnected && steps > 1) || qx < 0 || qy < 0 || qz < 0 || qx >= s.X || qy >= s.Y || qz >= s.Z || mask[qx, qy, qz] == 0)
                {
                    continue;
                }

                parent[Find(s.Offset(x, y, z))] = Find(s.Offset(qx, qy, qz));
            }
        }

        return Enumerable.Range(0, mask.Length).Count(i => mask.Voxels[i] != 0 && Find(i) == i);
    }
}
