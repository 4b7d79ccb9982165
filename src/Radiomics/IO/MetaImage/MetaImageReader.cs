using Radiomics.Imaging;
using Radiomics.IO.Internal;

namespace Radiomics.IO.MetaImage;

/// <summary>
/// Reads MetaImage images: .mha (ElementDataFile = LOCAL) and .mhd with a separate data file; raw or
/// CompressedData (zlib, or gzip when the stream says so); either byte order; HeaderSize (−1 = data at the
/// end); ElementNumberOfChannels as components. The direction is ITK's: TransformMatrix group j is the
/// direction of axis j; Offset is the origin. A 4th dimension of size 1 is dropped.
/// </summary>
internal static class MetaImageReader
{
    public static ImageData Read(string path, VoxelBufferPool? buffers, InputLimits limits)
    {
        using FileStream headerFile = VoxelDataLoader.OpenFile(path, path);
        MetaImageHeader h = MetaImageHeader.Read(path, headerFile);
        if (!h.Binary)
        {
            throw new ImageFormatException(path, "MetaImage ASCII data (BinaryData = False) is not supported");
        }

        ImageGeometry geometry = Geometry(path, h);
        long elements = VoxelDataLoader.CountElements(path, [geometry.Size.X, geometry.Size.Y, geometry.Size.Z], h.Channels, limits);
        long bytes = elements * h.ElementType.SizeInBytes();

        if (h.ElementDataFile.Equals("LOCAL", StringComparison.OrdinalIgnoreCase))
        {
            return new ImageData(geometry, h.ElementType, ReadData(path, headerFile, h.DataOffset, 0, h, elements, bytes, buffers), h.Channels);
        }

        if (h.ElementDataFile.Length == 0 || h.ElementDataFile.StartsWith("LIST", StringComparison.OrdinalIgnoreCase) || h.ElementDataFile.Contains('%', StringComparison.Ordinal))
        {
            throw new ImageFormatException(path, $"MetaImage ElementDataFile {SafeText.Quote(h.ElementDataFile)} is not supported (LOCAL or one file name)");
        }

        string dataPath = InputFiles.ResolveReferenced(path, h.ElementDataFile, limits.AllowOutsidePaths, problem => new ImageFormatException(path, problem));
        using FileStream dataFile = VoxelDataLoader.OpenFile(path, dataPath);
        return new ImageData(geometry, h.ElementType, ReadData(path, dataFile, 0, h.HeaderSize, h, elements, bytes, buffers), h.Channels);
    }

    private static Array ReadData(string path, FileStream file, long start, long headerSize, MetaImageHeader h, long elements, long bytes, VoxelBufferPool? buffers)
    {
        long position = headerSize switch
        {
            -1 when !h.Compressed => file.Length - bytes,
            -1 => throw new ImageFormatException(path, "HeaderSize = -1 cannot be used with compressed data"),
            < 0 => throw new ImageFormatException(path, $"invalid HeaderSize {headerSize}"),
            _ => start > file.Length || headerSize > file.Length - start ? file.Length + 1 : start + headerSize,
        };
        if (position < 0 || position > file.Length)
        {
            throw new ImageFormatException(path, $"the voxel data ({bytes} bytes after HeaderSize {headerSize}) does not fit in the file's {file.Length} bytes");
        }

        DataEncoding encoding = DataEncoding.Raw;
        if (h.Compressed)
        {
            file.Position = position;
            int b0 = file.ReadByte(), b1 = file.ReadByte();
            encoding = b0 == 0x1f && b1 == 0x8b ? DataEncoding.Gzip : DataEncoding.Zlib;
        }

        VoxelDataLoader.EnsurePlausible(path, file.Length - Math.Max(position, 0), bytes, encoding);
        file.Position = position;
        using Stream stream = VoxelDataLoader.Decode(path, file, encoding);
        return VoxelDataLoader.ReadVoxels(path, stream, h.ElementType, elements, !h.BigEndian, buffers);
    }

    private static ImageGeometry Geometry(string path, MetaImageHeader h)
    {
        int n = h.NDims;
        if (n == 4 && h.DimSize[3] == 1)
        {
            n = 3;
        }
        else if (n == 4)
        {
            throw new ImageFormatException(path, $"4-D MetaImage images are not supported (DimSize {string.Join(" ", h.DimSize)})");
        }

        foreach (long s in h.DimSize)
        {
            if (s < 1 || s > int.MaxValue)
            {
                throw new ImageFormatException(path, $"invalid MetaImage DimSize {string.Join(" ", h.DimSize)}");
            }
        }

        long Size(int a) => a < n ? h.DimSize[a] : 1;
        double Spacing(int a) => h.ElementSpacing is not null && a < n && a < h.ElementSpacing.Length && h.ElementSpacing[a] != 0
            ? Math.Abs(h.ElementSpacing[a]) : 1;
        double Origin(int a) => h.Offset is not null && a < n && a < h.Offset.Length ? h.Offset[a] : 0;
        var columns = new Vector3D[3];
        for (int j = 0; j < 3; j++)
        {
            double Element(int i)
            {
                int stride = h.NDims;
                if (h.TransformMatrix is not null && i < n && j < n && h.TransformMatrix.Length == stride * stride)
                {
                    return h.TransformMatrix[j * stride + i];
                }

                return i == j ? 1 : 0;
            }

            columns[j] = new Vector3D(Element(0), Element(1), Element(2));
        }

        var direction = Direction3.FromColumns(columns[0], columns[1], columns[2]);
        if (Math.Abs(direction.Determinant) < 1e-6)
        {
            throw new ImageFormatException(path, "the MetaImage TransformMatrix is singular");
        }

        return new ImageGeometry(
            new Size3((int)Size(0), (int)Size(1), (int)Size(2)),
            new Vector3D(Spacing(0), Spacing(1), Spacing(2)),
            new Vector3D(Origin(0), Origin(1), Origin(2)),
            direction);
    }
}
