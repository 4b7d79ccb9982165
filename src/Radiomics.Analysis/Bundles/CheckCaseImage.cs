using Radiomics.Analysis.Common;
using Radiomics.Imaging;

namespace Radiomics.Analysis.Bundles;

/// <summary>
/// Makes a bundle's check case: a cubic CT-like image (int16, 1 × 1 × 1.5 mm voxels) holding a textured ellipsoidal
/// lesion, and its mask. Only integer arithmetic and the analysis layer's xoshiro256** generator are used, so the same
/// seed gives the same voxels on every platform and runtime (no transcendental functions, whose last bit may vary).
/// </summary>
/// <remarks>
/// Background: 20 + U, lesion: 60 + 3·(x − c) − 2·(z − c) + V, where U and V are sums of four uniform integers in
/// [−12, 12] and [−20, 20] (roughly Gaussian); the lesion is the ellipsoid 16·(x−c)² + 25·(y−c)² + 36·(z−c)² ≤ 16·25·r²
/// with c the centre voxel and r = 0.3·size; its mask voxels hold <c>label</c>.
/// </remarks>
public static class CheckCaseImage
{
    /// <summary>What <see cref="Create"/> draws, as recorded in a bundle.</summary>
    public const string Description =
        "CheckCaseImage: cubic int16 image, 1 x 1 x 1.5 mm, textured ellipsoidal lesion; integer arithmetic and xoshiro256** (SplitMix64 seeding) only";

    /// <summary>The image and its mask (uint8 up to label 255, else int32).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size below 8 or above 128, or a label below 1.</exception>
    public static (ImageData Image, ImageData Mask) Create(ulong seed, int size, int label)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, 128);
        ArgumentOutOfRangeException.ThrowIfLessThan(label, 1);
        var geometry = new ImageGeometry(new Size3(size, size, size), new Vector3D(1, 1, 1.5), new Vector3D(-size / 2.0, -size / 2.0, -size * 0.75), Direction3.Identity);
        var image = new short[geometry.Size.VoxelCount];
        bool wide = label > byte.MaxValue;
        var mask8 = wide ? null : new byte[image.Length];
        var mask32 = wide ? new int[image.Length] : null;
        var random = new SeededRandom(seed);
        int c = size / 2;
        long r = (3L * size) / 10;
        for (int z = 0; z < size; z++)
        {
            for (int y = 0; y < size; y++)
            {
                for (int x = 0; x < size; x++)
                {
                    int i = geometry.Size.Offset(x, y, z);
                    long dx = x - c, dy = y - c, dz = z - c;
                    bool inside = 16 * dx * dx + 25 * dy * dy + 36 * dz * dz <= 16 * 25 * r * r;
                    int value = inside
                        ? 60 + (int)(3 * dx - 2 * dz) + Noise(random, 20)
                        : 20 + Noise(random, 12);
                    image[i] = (short)value;
                    if (inside)
                    {
                        if (wide)
                        {
                            mask32![i] = label;
                        }
                        else
                        {
                            mask8![i] = (byte)label;
                        }
                    }
                }
            }
        }

        ImageData mask = wide ? new ImageData(geometry, VoxelType.Int32, mask32!) : new ImageData(geometry, VoxelType.UInt8, mask8!);
        return (new ImageData(geometry, VoxelType.Int16, image), mask);
    }

    /// <summary>The sum of four uniform integers in [−<paramref name="half"/>, <paramref name="half"/>].</summary>
    private static int Noise(SeededRandom random, int half)
    {
        int sum = 0;
        for (int k = 0; k < 4; k++)
        {
            sum += random.NextInt(2 * half + 1) - half;
        }

        return sum;
    }
}
