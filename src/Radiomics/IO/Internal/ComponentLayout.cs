using Radiomics.Imaging;

namespace Radiomics.IO.Internal;

/// <summary>
/// Converts vector voxel buffers between the interleaved order <see cref="ImageData"/> uses (components of
/// a voxel together) and the planar order NIfTI stores (component slowest: one whole volume per component).
/// </summary>
internal static class ComponentLayout
{
    public static Array ToPlanar(Array interleaved, VoxelType type, int components) =>
        Reorder(interleaved, type, components, toPlanar: true);

    public static Array ToInterleaved(Array planar, VoxelType type, int components) =>
        Reorder(planar, type, components, toPlanar: false);

    private static Array Reorder(Array source, VoxelType type, int components, bool toPlanar)
    {
        Array result = VoxelBuffers.Allocate(type, source.Length);
        int size = type.SizeInBytes();
        ReadOnlySpan<byte> from = VoxelBuffers.AsBytes(source);
        Span<byte> to = VoxelBuffers.AsBytes(result);
        int voxels = source.Length / components;
        for (int c = 0; c < components; c++)
        {
            for (int v = 0; v < voxels; v++)
            {
                int interleavedAt = ((v * components) + c) * size;
                int planarAt = ((c * voxels) + v) * size;
                (toPlanar ? from.Slice(interleavedAt, size) : from.Slice(planarAt, size))
                    .CopyTo(toPlanar ? to.Slice(planarAt, size) : to.Slice(interleavedAt, size));
            }
        }

        return result;
    }
}
