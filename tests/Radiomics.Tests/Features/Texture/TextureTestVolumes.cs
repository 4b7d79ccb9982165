using Radiomics.Features.Texture;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Texture;

/// <summary>Small level volumes (indexed [x, y, z], 0 outside the ROI) and their texture grids, for the matrix builders' tests.</summary>
internal static class TextureTestVolumes
{
    /// <summary>The texture grid (padding 1) of a volume whose non-zero voxels are the ROI.</summary>
    public static TextureGrid GridOf(int[,,] volume)
    {
        int nx = volume.GetLength(0), ny = volume.GetLength(1), nz = volume.GetLength(2);
        var geometry = new ImageGeometry(new Size3(nx, ny, nz), Vector3D.One, Vector3D.Zero, Direction3.Identity);
        var levels = new Volume<int>(geometry);
        var mask = new Volume<byte>(geometry);
        for (int z = 0; z < nz; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                for (int x = 0; x < nx; x++)
                {
                    levels.Voxels[x + nx * (y + ny * z)] = volume[x, y, z];
                    mask.Voxels[x + nx * (y + ny * z)] = (byte)(volume[x, y, z] != 0 ? 1 : 0);
                }
            }
        }

        return TextureGrid.Build(levels, mask, 1);
    }

    /// <summary>Random levels 1 … <paramref name="levels"/> with runs along x of random lengths, and holes at <paramref name="holeRate"/>.</summary>
    public static int[,,] RandomVolume(Random random, int nx, int ny, int nz, int levels, double holeRate)
    {
        var volume = new int[nx, ny, nz];
        for (int z = 0; z < nz; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                for (int x = 0; x < nx; x++)
                {
                    // Runs along x of random lengths, so zones are both long and fragmented.
                    volume[x, y, z] = x > 0 && random.NextDouble() < 0.4 ? volume[x - 1, y, z]
                        : random.NextDouble() < holeRate ? 0 : 1 + random.Next(levels);
                }
            }
        }

        volume[0, 0, 0] = 1; // never an empty ROI
        return volume;
    }

    /// <summary>
    /// Blocks of one level (a few voxels on each side, cycling through 1 … <paramref name="levels"/>) with scattered
    /// holes and odd voxels: long runs and large zones in every direction.
    /// </summary>
    public static int[,,] BlockVolume(Random random, int nx, int ny, int nz, int levels, double noiseRate)
    {
        var volume = new int[nx, ny, nz];
        for (int z = 0; z < nz; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                for (int x = 0; x < nx; x++)
                {
                    double draw = random.NextDouble();
                    volume[x, y, z] = draw < noiseRate / 2 ? 0
                        : draw < noiseRate ? 1 + random.Next(levels)
                        : 1 + (((x / 9) + (y / 4) + (z / 3)) % levels);
                }
            }
        }

        volume[0, 0, 0] = 1;
        return volume;
    }
}
