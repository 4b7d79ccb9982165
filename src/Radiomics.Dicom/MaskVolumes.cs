using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Dicom;

/// <summary>The empty byte volume an RTSTRUCT or SEG mask is drawn into.</summary>
internal static class MaskVolumes
{
    /// <summary>An all-zero mask on <paramref name="geometry"/>: a buffer from <paramref name="buffers"/> (cleared) when given, else a new one.</summary>
    public static Volume<byte> Zeroed(ImageGeometry geometry, VoxelBufferPool? buffers)
    {
        if (buffers is null)
        {
            return new Volume<byte>(geometry);
        }

        var voxels = (byte[])buffers.Rent(VoxelType.UInt8, geometry.Size.VoxelCount);
        Array.Clear(voxels);
        return new Volume<byte>(geometry, voxels);
    }
}
