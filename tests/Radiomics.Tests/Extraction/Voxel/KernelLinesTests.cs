using Radiomics.Extraction.Voxel;
using Radiomics.Features.Texture;
using Radiomics.Imaging;

namespace Radiomics.Tests.Extraction.Voxel;

/// <summary>The lines of a kernel's box that the GLRLM voxel kernel walks (<see cref="KernelLines"/>).</summary>
public sealed class KernelLinesTests
{
    [Theory]
    [InlineData(3, 3, 3)]
    [InlineData(2, 3, 3)] // clipped at the image's border
    [InlineData(5, 1, 4)]
    [InlineData(1, 1, 1)]
    public void Lines_CoverEveryVoxelOnceAlongEachDirection_AndStartWhereSteppingBackLeavesTheBox(int sx, int sy, int sz)
    {
        Index3[] directions = TextureDirections.Volume();
        var lines = new KernelLines(directions, 7 * 7 * 7); // room for the largest box fitted
        lines.Fit(7, 7, 7); // another box first: Fit must replace its lines
        lines.Fit(sx, sy, sz);
        for (int a = 0; a < directions.Length; a++)
        {
            Index3 d = directions[a];
            var visits = new int[sx * sy * sz];
            ReadOnlySpan<int> starts = lines.Starts(a), lengths = lines.Lengths(a);
            for (int l = 0; l < starts.Length; l++)
            {
                int x = starts[l] % sx, y = starts[l] / sx % sy, z = starts[l] / (sx * sy);
                Assert.False(Inside(x - d.X, y - d.Y, z - d.Z, sx, sy, sz));
                for (int s = 0; s < lengths[l]; s++, x += d.X, y += d.Y, z += d.Z)
                {
                    Assert.True(Inside(x, y, z, sx, sy, sz));
                    Assert.Equal(starts[l] + s * lines.Step(a), x + sx * (y + sy * z));
                    visits[x + sx * (y + sy * z)]++;
                }

                Assert.False(Inside(x, y, z, sx, sy, sz)); // the line ends where the next step leaves the box
            }

            Assert.All(visits, v => Assert.Equal(1, v));
        }
    }

    private static bool Inside(int x, int y, int z, int sx, int sy, int sz) =>
        x >= 0 && x < sx && y >= 0 && y < sy && z >= 0 && z < sz;
}
