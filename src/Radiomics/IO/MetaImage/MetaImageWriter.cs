using System.Globalization;
using System.IO.Compression;
using System.Text;
using Radiomics.Imaging;
using Radiomics.IO.Internal;

namespace Radiomics.IO.MetaImage;

/// <summary>
/// Writes MetaImage: .mha with the data attached, or .mhd with the data in "name.raw" (or "name.zraw"
/// when compressed, a zlib stream as MetaIO writes it). Geometry is written in round-trip precision.
/// CompressedDataSize is not written (readers, ours and MetaIO, do not need it for a single data block).
/// </summary>
internal static class MetaImageWriter
{
    public static void Write(ImageData image, string path, ImageWriteOptions options)
    {
        bool detached = path.EndsWith(".mhd", StringComparison.OrdinalIgnoreCase);
        string dataFileName = detached ? Path.GetFileNameWithoutExtension(path) + (options.Compress ? ".zraw" : ".raw") : "LOCAL";
        byte[] header = Encoding.ASCII.GetBytes(BuildHeader(image, options, dataFileName));
        void WriteData(Stream file)
        {
            using Stream stream = options.Compress ? new ZLibStream(file, CompressionLevel.Optimal, leaveOpen: true) : new NonClosingStream(file);
            VoxelDataWriter.Write(stream, image.Voxels, image.VoxelType, !options.BigEndian);
        }

        if (detached)
        {
            AtomicFile.Write(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", dataFileName), WriteData);
            AtomicFile.Write(path, file => file.Write(header));
        }
        else
        {
            AtomicFile.Write(path, file =>
            {
                file.Write(header);
                WriteData(file);
            });
        }
    }

    private static string BuildHeader(ImageData image, ImageWriteOptions options, string dataFile)
    {
        ImageGeometry g = image.Geometry;
        string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        string Bool(bool b) => b ? "True" : "False";
        var matrix = Enumerable.Range(0, 3).SelectMany(j => new[] { g.Direction[0, j], g.Direction[1, j], g.Direction[2, j] });
        var text = new StringBuilder();
        text.Append("ObjectType = Image\nNDims = 3\nBinaryData = True\n");
        text.Append($"BinaryDataByteOrderMSB = {Bool(options.BigEndian)}\n");
        text.Append($"CompressedData = {Bool(options.Compress)}\n");
        text.Append($"TransformMatrix = {string.Join(" ", matrix.Select(R))}\n");
        text.Append($"Offset = {R(g.Origin.X)} {R(g.Origin.Y)} {R(g.Origin.Z)}\n");
        text.Append("CenterOfRotation = 0 0 0\n");
        text.Append($"ElementSpacing = {R(g.Spacing.X)} {R(g.Spacing.Y)} {R(g.Spacing.Z)}\n");
        text.Append($"DimSize = {g.Size.X} {g.Size.Y} {g.Size.Z}\n");
        if (image.Components > 1)
        {
            text.Append($"ElementNumberOfChannels = {image.Components}\n");
        }

        text.Append($"ElementType = {TypeName(image.VoxelType)}\n");
        text.Append($"ElementDataFile = {dataFile}\n");
        return text.ToString();
    }

    private static string TypeName(VoxelType type) => type switch
    {
        VoxelType.Int8 => "MET_CHAR",
        VoxelType.UInt8 => "MET_UCHAR",
        VoxelType.Int16 => "MET_SHORT",
        VoxelType.UInt16 => "MET_USHORT",
        VoxelType.Int32 => "MET_INT",
        VoxelType.UInt32 => "MET_UINT",
        VoxelType.Int64 => "MET_LONG_LONG",
        VoxelType.UInt64 => "MET_ULONG_LONG",
        VoxelType.Float32 => "MET_FLOAT",
        VoxelType.Float64 => "MET_DOUBLE",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
