using Radiomics.Imaging;

namespace Radiomics.IO.Internal;

/// <summary>Writes a voxel buffer in a chosen byte order, swapping through a small chunk when needed.</summary>
internal static class VoxelDataWriter
{
    private const int ChunkBytes = 1 << 16;

    public static void Write(Stream stream, Array voxels, VoxelType type, bool littleEndian)
    {
        ReadOnlySpan<byte> bytes = VoxelBuffers.AsBytes(voxels);
        int size = type.SizeInBytes();
        if (littleEndian == BitConverter.IsLittleEndian || size == 1)
        {
            stream.Write(bytes);
            return;
        }

        var chunk = new byte[ChunkBytes];
        for (int start = 0; start < bytes.Length; start += ChunkBytes)
        {
            int n = Math.Min(ChunkBytes, bytes.Length - start);
            bytes.Slice(start, n).CopyTo(chunk);
            VoxelBuffers.ReverseEndianness(chunk.AsSpan(0, n), size);
            stream.Write(chunk, 0, n);
        }
    }
}
