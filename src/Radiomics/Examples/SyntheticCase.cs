using Radiomics.Imaging;

namespace Radiomics.Examples;

/// <summary>
/// A small synthetic CT-like case, generated deterministically so that the built-in example needs no download:
/// soft tissue (~40 HU) with noise inside an air background, and an irregular, heterogeneous lesion whose mask is
/// label 1. The same call always gives bit-identical voxels.
/// </summary>
public static class SyntheticCase
{
    /// <summary>The image (HU, int16) and the lesion mask (uint8, label 1) on an LPS grid of 0.8×0.8×2.5 mm.</summary>
    public static (ImageData Image, ImageData Mask) Create(int size = 64, int slices = 24)
    {
        var geometry = new ImageGeometry(new Size3(size, size, slices), new Vector3D(0.8, 0.8, 2.5), new Vector3D(-25.6, -25.6, -30), Direction3.Identity);
        var image = new short[geometry.Size.VoxelCount];
        var mask = new byte[geometry.Size.VoxelCount];
        var random = new XorShift(20261126);
        double centre = (size - 1) / 2.0, zCentre = (slices - 1) / 2.0;
        for (int z = 0; z < slices; z++)
        {
            for (int y = 0; y < size; y++)
            {
                for (int x = 0; x < size; x++)
                {
                    int i = geometry.Size.Offset(x, y, z);
                    // Physical offsets from the centre (mm).
                    double px = (x - centre) * 0.8, py = (y - centre) * 0.8, pz = (z - zCentre) * 2.5;
                    double body = (px * px) / (24.0 * 24.0) + (py * py) / (21.0 * 21.0);
                    double value = body <= 1 ? 40 + 12 * random.NextGaussian() : -1000 + 5 * random.NextGaussian();

                    // Lobulated lesion: an ellipsoid with a radius modulated by angle, necrotic (darker) core.
                    double angle = Math.Atan2(py - 2, px + 3);
                    double radius = 9.0 + 1.8 * Math.Sin(3 * angle) + 0.8 * Math.Cos(5 * angle);
                    double r = Math.Sqrt((px + 3) * (px + 3) + (py - 2) * (py - 2) + (pz * 0.8) * (pz * 0.8));
                    if (r <= radius)
                    {
                        double core = Math.Max(0, 1 - r / (0.5 * radius));
                        value = 70 + 25 * Math.Sin(px / 3.0) * Math.Cos(py / 4.0) - 45 * core + 15 * random.NextGaussian();
                        mask[i] = 1;
                    }

                    image[i] = (short)Math.Round(Math.Clamp(value, short.MinValue, short.MaxValue));
                }
            }
        }

        return (new ImageData(geometry, VoxelType.Int16, image), new ImageData(geometry, VoxelType.UInt8, mask));
    }

    /// <summary>xorshift64* with Box–Muller: fully specified here, so the example never changes between runtimes.</summary>
    private sealed class XorShift(ulong seed)
    {
        private ulong _state = seed;

        public double NextDouble()
        {
            _state ^= _state >> 12;
            _state ^= _state << 25;
            _state ^= _state >> 27;
            return ((_state * 2685821657736338717UL) >> 11) * (1.0 / (1UL << 53));
        }

        public double NextGaussian()
        {
            double u1 = 1.0 - NextDouble(), u2 = NextDouble();
            return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }
    }
}
