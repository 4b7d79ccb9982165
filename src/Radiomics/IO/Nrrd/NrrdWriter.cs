using System.Globalization;
using System.IO.Compression;
using System.Text;
using Radiomics.Imaging;
using Radiomics.IO.Internal;

namespace Radiomics.IO.Nrrd;

/// <summary>
/// Writes NRRD0004 with space left-posterior-superior and full-precision (round-trip) geometry:
/// .nrrd attached, or .nhdr detached with its data in "name.raw" / "name.raw.gz" beside it.
/// Vector images get a leading "vector" axis with space direction "none".
/// </summary>
internal static class NrrdWriter
{
    public static void Write(ImageData image, string path, ImageWriteOptions options)
    {
        bool detached = path.EndsWith(".nhdr", StringComparison.OrdinalIgnoreCase);
        string? dataFileName = detached ? Path.GetFileNameWithoutExtension(path) + (options.Compress ? ".raw.gz" : ".raw") : null;
        byte[] header = Encoding.ASCII.GetBytes(BuildHeader(image, options, dataFileName));
        void WriteData(Stream file)
        {
            using Stream stream = options.Compress ? new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true) : new NonClosingStream(file);
            VoxelDataWriter.Write(stream, image.Voxels, image.VoxelType, !options.BigEndian);
        }

        if (detached)
        {
            string dataPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", dataFileName!);
            AtomicFile.Write(dataPath, WriteData);
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

    private static string BuildHeader(ImageData image, ImageWriteOptions options, string? dataFile)
    {
        ImageGeometry g = image.Geometry;
        bool vector = image.Components > 1;
        string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        string Vec(Vector3D v) => $"({R(v.X)},{R(v.Y)},{R(v.Z)})";
        var directions = Enumerable.Range(0, 3).Select(a => Vec(g.Direction.Column(a) * g.Spacing[a]));
        var text = new StringBuilder();
        text.Append("NRRD0004\n# Complete NRRD file format specification at:\n# http://teem.sourceforge.net/nrrd/format.html\n");
        text.Append($"type: {NrrdTypes.Name(image.VoxelType)}\n");
        text.Append($"dimension: {(vector ? 4 : 3)}\n");
        text.Append("space: left-posterior-superior\n");
        text.Append($"sizes: {(vector ? image.Components + " " : string.Empty)}{g.Size.X} {g.Size.Y} {g.Size.Z}\n");
        text.Append($"space directions: {(vector ? "none " : string.Empty)}{string.Join(" ", directions)}\n");
        text.Append($"kinds: {(vector ? "vector " : string.Empty)}domain domain domain\n");
        if (image.VoxelType.SizeInBytes() > 1)
        {
            text.Append($"endian: {(options.BigEndian ? "big" : "little")}\n");
        }

        text.Append($"encoding: {(options.Compress ? "gzip" : "raw")}\n");
        text.Append($"space origin: {Vec(g.Origin)}\n");
        if (dataFile is not null)
        {
            text.Append($"data file: {dataFile}\n");
        }
        else
        {
            text.Append('\n');
        }

        return text.ToString();
    }
}
