using System.Numerics;
using Radiomics.Imaging;
using Radiomics.IO.Internal;

namespace Radiomics.Tests.IO;

/// <summary>Synthetic images with awkward geometry and extreme values, and a scratch folder per test.</summary>
internal static class IoTestImages
{
    /// <summary>
    /// Anisotropic spacing, non-zero origin and an oblique direction (30° about z, then 20° about x). Spacing
    /// and origin are exact in float32 so NIfTI can hold them exactly; the direction cannot be.
    /// </summary>
    public static ImageGeometry ObliqueGeometry(Size3 size)
    {
        double cz = Math.Cos(Math.PI / 6), sz = Math.Sin(Math.PI / 6);
        double cx = Math.Cos(Math.PI / 9), sx = Math.Sin(Math.PI / 9);
        // Rx · Rz
        var direction = new Direction3(
            cz, -sz, 0,
            cx * sz, cx * cz, -sx,
            sx * sz, sx * cz, cx);
        return new ImageGeometry(size, new Vector3D(0.75, 1.25, 2.5), new Vector3D(-12.5, 30.25, 7), direction);
    }

    public static ImageData Make(VoxelType type, Size3 size, int components = 1)
    {
        ImageGeometry geometry = ObliqueGeometry(size);
        long n = size.VoxelCount * components;
        Array voxels = type switch
        {
            VoxelType.Int8 => Fill<sbyte>(n),
            VoxelType.UInt8 => Fill<byte>(n),
            VoxelType.Int16 => Fill<short>(n),
            VoxelType.UInt16 => Fill<ushort>(n),
            VoxelType.Int32 => Fill<int>(n),
            VoxelType.UInt32 => Fill<uint>(n),
            VoxelType.Int64 => Fill<long>(n),
            VoxelType.UInt64 => Fill<ulong>(n),
            VoxelType.Float32 => FillFloat<float>(n),
            VoxelType.Float64 => FillFloat<double>(n),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
        return new ImageData(geometry, type, voxels, components);
    }

    /// <summary>Minimum, maximum, zero, ±1 and a spread of values in between.</summary>
    private static T[] Fill<T>(long n) where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
    {
        var values = new T[n];
        T[] specials = [T.MinValue, T.MaxValue, T.Zero, T.One, T.MaxValue - T.One, T.MinValue + T.One];
        for (long i = 0; i < n; i++)
        {
            values[i] = i < specials.Length ? specials[i] : T.CreateTruncating(i * 7919 + 13);
        }

        return values;
    }

    private static T[] FillFloat<T>(long n) where T : unmanaged, IFloatingPointIeee754<T>, IMinMaxValue<T>
    {
        var values = new T[n];
        T[] specials = [T.MinValue, T.MaxValue, T.Zero, T.NegativeZero, T.Epsilon, T.NaN, T.PositiveInfinity, T.NegativeInfinity];
        for (long i = 0; i < n; i++)
        {
            values[i] = i < specials.Length ? specials[i] : T.CreateTruncating((i * 0.37) - 11.5);
        }

        return values;
    }

    public static byte[] Bytes(ImageData image) => VoxelBuffers.AsBytes(image.Voxels).ToArray();

    /// <summary>Overwrites every byte of a voxel buffer with a pattern no test image holds.</summary>
    public static void Poison(Array voxels) => VoxelBuffers.AsBytes(voxels).Fill(0xA5);
}

/// <summary>A temporary folder deleted at the end of the test.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "radiomics-io-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
