using Radiomics.Imaging;
using Radiomics.IO.Internal;

namespace Radiomics.IO.Nrrd;

/// <summary>
/// Reads NRRD images: attached (.nrrd) or detached (.nhdr + data file) headers; raw, gzip and ascii
/// encodings; either byte order; "line skip" and "byte skip" (−1 = data at the end of a raw file);
/// dimension 1–4 with a non-spatial first axis (kinds vector/list/…, or space direction "none") read as
/// components and a trailing singleton axis dropped. Geometry comes from "space directions" and
/// "space origin" (or "spacings"), converted to LPS: RAS negates x and y, LAS y, RPS x.
/// </summary>
internal static class NrrdReader
{
    private static readonly HashSet<string> SpatialKinds = ["domain", "space", "time"];

    public static ImageData Read(string path, VoxelBufferPool? buffers, InputLimits limits)
    {
        using FileStream headerFile = VoxelDataLoader.OpenFile(path, path);
        NrrdHeader header = NrrdHeader.Read(path, headerFile);
        (ImageGeometry geometry, int components) = Geometry(path, header);
        long elements = VoxelDataLoader.CountElements(path, [geometry.Size.X, geometry.Size.Y, geometry.Size.Z], components, limits);
        long bytes = elements * header.Type.SizeInBytes();
        DataEncoding? encoding = header.Encoding switch
        {
            "raw" => DataEncoding.Raw,
            "gzip" or "gz" => DataEncoding.Gzip,
            "ascii" or "text" or "txt" => null,
            _ => throw new ImageFormatException(path, $"unsupported NRRD encoding {SafeText.Quote(header.Encoding)} (raw, gzip and ascii are supported)"),
        };
        if (encoding is not null && header.Type.SizeInBytes() > 1 && !header.EndianGiven)
        {
            throw new ImageFormatException(path, "the NRRD header has no 'endian' field, needed for multi-byte binary data");
        }

        Array voxels;
        if (header.DataFile is null)
        {
            voxels = ReadData(path, headerFile, header.DataOffset, header, encoding, elements, bytes, buffers);
        }
        else
        {
            string dataPath = DataPath(path, header.DataFile, limits);
            using FileStream dataFile = VoxelDataLoader.OpenFile(path, dataPath);
            voxels = ReadData(path, dataFile, 0, header, encoding, elements, bytes, buffers);
        }

        return new ImageData(geometry, header.Type, voxels, components);
    }

    private static Array ReadData(string path, FileStream file, long start, NrrdHeader header, DataEncoding? encoding, long elements, long bytes, VoxelBufferPool? buffers)
    {
        file.Position = start;
        SkipLines(path, file, header.LineSkip);
        if (header.ByteSkip == -1)
        {
            if (encoding != DataEncoding.Raw)
            {
                throw new ImageFormatException(path, "'byte skip: -1' is only allowed with raw encoding");
            }

            // The data are the last bytes of the file.
            VoxelDataLoader.EnsurePlausible(path, file.Length - file.Position, bytes, DataEncoding.Raw);
            file.Position = file.Length - bytes;
        }
        else if (encoding == DataEncoding.Raw)
        {
            file.Position += header.ByteSkip;
        }

        if (encoding is null)
        {
            VoxelDataLoader.Skip(path, file, header.ByteSkip, "bytes skipped before the data");

            // Every ASCII value takes at least one character and values are separated: refuse before allocating.
            VoxelDataLoader.EnsurePlausible(path, file.Length - file.Position, 2 * elements - 1, DataEncoding.Raw);
            return AsciiVoxels.Parse(path, file, header.Type, elements);
        }

        VoxelDataLoader.EnsurePlausible(path, file.Length - file.Position, encoding == DataEncoding.Raw ? bytes : bytes + header.ByteSkip, encoding.Value);
        using Stream stream = VoxelDataLoader.Decode(path, file, encoding.Value);
        if (encoding != DataEncoding.Raw)
        {
            // For compressed data the byte skip applies to the decompressed stream (as in teem).
            VoxelDataLoader.Skip(path, stream, header.ByteSkip, "bytes skipped before the data");
        }

        return VoxelDataLoader.ReadVoxels(path, stream, header.Type, elements, header.LittleEndian, buffers);
    }

    private static void SkipLines(string path, FileStream file, long lines)
    {
        for (long n = 0; n < lines; n++)
        {
            int b;
            do
            {
                b = file.ReadByte();
                if (b < 0)
                {
                    throw new ImageFormatException(path, $"the file ends within the {lines} lines to skip before the data");
                }
            }
            while (b != '\n');
        }
    }

    /// <summary>The detached data file: beside the header (or below), unless outside paths are allowed.</summary>
    private static string DataPath(string path, string dataFile, InputLimits limits)
    {
        if (dataFile.StartsWith("LIST", StringComparison.Ordinal) || dataFile.Contains('%', StringComparison.Ordinal))
        {
            throw new ImageFormatException(path, $"NRRD data split over several files ('data file: {SafeText.Escape(dataFile)}') is not supported");
        }

        return InputFiles.ResolveReferenced(path, dataFile, limits.AllowOutsidePaths, problem => new ImageFormatException(path, problem));
    }

    private static (ImageGeometry Geometry, int Components) Geometry(string path, NrrdHeader h)
    {
        var axes = Enumerable.Range(0, h.Dimension).ToList();
        int components = 1;
        bool firstIsComponents = h.Dimension >= 2 && (
            (h.Kinds is not null && !SpatialKinds.Contains(h.Kinds[0]) && h.Kinds[0] != "???" && h.Kinds[0] != "none")
            || (h.SpaceDirections is not null && h.SpaceDirections[0] is null));
        if (firstIsComponents)
        {
            components = checked((int)Math.Min(h.Sizes[0], int.MaxValue));
            axes.RemoveAt(0);
        }

        while (axes.Count > 3 && h.Sizes[axes[^1]] == 1)
        {
            axes.RemoveAt(axes.Count - 1);
        }

        if (axes.Count > 3)
        {
            throw new ImageFormatException(path, $"{axes.Count} spatial axes are not supported (sizes {string.Join(" ", h.Sizes)}); a vector/list axis must come first");
        }

        foreach (int a in axes)
        {
            if (h.SpaceDirections is not null && h.SpaceDirections[a] is null)
            {
                throw new ImageFormatException(path, $"axis {a} has space direction 'none' but is not the first (component) axis");
            }
        }

        long Size(int i) => i < axes.Count ? h.Sizes[axes[i]] : 1;
        foreach (long s in h.Sizes)
        {
            if (s < 1 || s > int.MaxValue)
            {
                throw new ImageFormatException(path, $"invalid NRRD sizes {string.Join(" ", h.Sizes)}");
            }
        }

        var size = new Size3((int)Size(0), (int)Size(1), (int)Size(2));
        var flip = SpaceFlip(path, h.Space);
        var spacing = new double[] { 1, 1, 1 };
        var columns = new[] { new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1) };
        for (int i = 0; i < axes.Count; i++)
        {
            if (h.SpaceDirections is not null)
            {
                double[] v = h.SpaceDirections[axes[i]]!;
                var vector = new Vector3D(Get(v, 0) * flip.X, Get(v, 1) * flip.Y, Get(v, 2) * flip.Z);
                double length = vector.Length;
                if (length == 0 || !double.IsFinite(length))
                {
                    throw new ImageFormatException(path, $"space direction of axis {axes[i]} has zero or invalid length");
                }

                spacing[i] = length;
                columns[i] = vector / length;
            }
            else if (h.Spacings is not null && axes[i] < h.Spacings.Length && double.IsFinite(h.Spacings[axes[i]]) && h.Spacings[axes[i]] != 0)
            {
                spacing[i] = Math.Abs(h.Spacings[axes[i]]);
            }
        }

        if (h.SpaceOrigin is not null && !h.SpaceOrigin.All(double.IsFinite))
        {
            throw new ImageFormatException(path, $"the NRRD 'space origin' ({string.Join(", ", h.SpaceOrigin)}) holds a value that is not a finite number");
        }

        Vector3D origin = h.SpaceOrigin is null ? Vector3D.Zero
            : new Vector3D(Get(h.SpaceOrigin, 0) * flip.X, Get(h.SpaceOrigin, 1) * flip.Y, Get(h.SpaceOrigin, 2) * flip.Z);
        var direction = Direction3.FromColumns(columns[0], columns[1], columns[2]);
        if (Math.Abs(direction.Determinant) < 1e-6)
        {
            throw new ImageFormatException(path, "the NRRD space directions are degenerate (parallel axes)");
        }

        return (new ImageGeometry(size, new Vector3D(spacing[0], spacing[1], spacing[2]), origin, direction), components);
    }

    private static double Get(double[] v, int i) => i < v.Length ? v[i] : 0;

    /// <summary>Signs that turn the file's space into LPS.</summary>
    private static Vector3D SpaceFlip(string path, string? space) => space switch
    {
        null or "left-posterior-superior" or "lps" or "left-posterior-superior-time" or "lpst" => new Vector3D(1, 1, 1),
        "right-anterior-superior" or "ras" or "right-anterior-superior-time" or "rast" => new Vector3D(-1, -1, 1),
        "left-anterior-superior" or "las" or "left-anterior-superior-time" or "last" => new Vector3D(1, -1, 1),
        "right-posterior-superior" or "rps" => new Vector3D(-1, 1, 1),
        "scanner-xyz" or "3d-right-handed" or "3d-left-handed" or "3d-right-handed-time" or "3d-left-handed-time" or "scanner-xyz-time" => new Vector3D(1, 1, 1),
        _ => throw new ImageFormatException(path, $"unsupported NRRD space {SafeText.Quote(space)}"),
    };
}
