using System.Globalization;
using Radiomics.Imaging;
using Radiomics.IO.Internal;

namespace Radiomics.IO.MetaImage;

/// <summary>
/// The MetaImage ("Key = Value") header fields the reader uses. The header ends with the ElementDataFile
/// line; keys are matched case-insensitively.
/// </summary>
internal sealed class MetaImageHeader
{
    public int NDims { get; private set; }

    public long[] DimSize { get; private set; } = [];

    public VoxelType ElementType { get; private set; }

    public double[]? ElementSpacing { get; private set; }

    public double[]? Offset { get; private set; }

    /// <summary>TransformMatrix as written: NDims groups of NDims, group j being the direction of axis j.</summary>
    public double[]? TransformMatrix { get; private set; }

    public bool BigEndian { get; private set; }

    public bool Compressed { get; private set; }

    public bool Binary { get; private set; } = true;

    public int Channels { get; private set; } = 1;

    /// <summary>Bytes to skip at the start of a detached data file; −1 = the data are the last bytes of the file.</summary>
    public long HeaderSize { get; private set; }

    public string ElementDataFile { get; private set; } = "";

    public long DataOffset { get; private set; }

    public static MetaImageHeader Read(string path, FileStream file)
    {
        TextHeader text = TextHeader.Read(path, file, line => KeyOf(line) == "elementdatafile", endAtFileEnd: false, "MetaImage");
        var header = new MetaImageHeader { DataOffset = text.DataOffset };
        bool typeGiven = false;
        foreach (string line in text.Lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            int equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ImageFormatException(path, $"malformed MetaImage header line {SafeText.Quote(line, 60)} (expected 'Key = Value')");
            }

            string key = KeyOf(line);
            string value = line[(equals + 1)..].Trim();
            switch (key)
            {
                case "objecttype":
                    if (!value.Equals("Image", StringComparison.OrdinalIgnoreCase))
                    {
                        throw new ImageFormatException(path, $"MetaImage ObjectType {SafeText.Quote(value)} is not an image");
                    }

                    break;
                case "ndims":
                    header.NDims = (int)Integer(path, key, value, 0, 16);
                    break;
                case "dimsize":
                    header.DimSize = Numbers(path, key, value).Select(v => v == Math.Floor(v) && v <= long.MaxValue ? (long)v : -1).ToArray();
                    break;
                case "elementtype":
                    header.ElementType = ParseType(path, value);
                    typeGiven = true;
                    break;
                case "elementspacing":
                    header.ElementSpacing = FiniteNumbers(path, key, value);
                    break;
                case "elementsize":
                    header.ElementSpacing ??= FiniteNumbers(path, key, value);
                    break;
                case "offset" or "origin" or "position":
                    header.Offset = FiniteNumbers(path, key, value);
                    break;
                case "transformmatrix" or "rotation" or "orientation":
                    header.TransformMatrix = FiniteNumbers(path, key, value);
                    break;
                case "binarydatabyteordermsb" or "elementbyteordermsb":
                    header.BigEndian = Boolean(path, key, value);
                    break;
                case "compresseddata":
                    header.Compressed = Boolean(path, key, value);
                    break;
                case "binarydata":
                    header.Binary = Boolean(path, key, value);
                    break;
                case "elementnumberofchannels":
                    header.Channels = (int)Integer(path, key, value, 1, int.MaxValue);
                    break;
                case "headersize":
                    header.HeaderSize = Integer(path, key, value, -1, long.MaxValue);
                    break;
                case "elementdatafile":
                    header.ElementDataFile = value;
                    break;
            }
        }

        if (!typeGiven)
        {
            throw new ImageFormatException(path, "the MetaImage header has no ElementType");
        }

        if (header.NDims < 1 || header.NDims > 4 || header.DimSize.Length != header.NDims)
        {
            throw new ImageFormatException(path, $"invalid MetaImage NDims {header.NDims} / DimSize ({string.Join(" ", header.DimSize)})");
        }

        if (header.Channels < 1)
        {
            throw new ImageFormatException(path, $"invalid ElementNumberOfChannels {header.Channels}");
        }

        return header;
    }

    private static string KeyOf(string line)
    {
        int equals = line.IndexOf('=', StringComparison.Ordinal);
        return equals <= 0 ? string.Empty : line[..equals].Trim().ToLowerInvariant();
    }

    private static VoxelType ParseType(string path, string value) => value.Trim().ToUpperInvariant() switch
    {
        "MET_CHAR" or "MET_CHAR_ARRAY" => VoxelType.Int8,
        "MET_UCHAR" or "MET_UCHAR_ARRAY" => VoxelType.UInt8,
        "MET_SHORT" or "MET_SHORT_ARRAY" => VoxelType.Int16,
        "MET_USHORT" or "MET_USHORT_ARRAY" => VoxelType.UInt16,
        "MET_INT" or "MET_INT_ARRAY" or "MET_LONG" or "MET_LONG_ARRAY" => VoxelType.Int32,       // MetaIO's MET_LONG is 4 bytes
        "MET_UINT" or "MET_UINT_ARRAY" or "MET_ULONG" or "MET_ULONG_ARRAY" => VoxelType.UInt32,
        "MET_LONG_LONG" or "MET_LONG_LONG_ARRAY" => VoxelType.Int64,
        "MET_ULONG_LONG" or "MET_ULONG_LONG_ARRAY" => VoxelType.UInt64,
        "MET_FLOAT" or "MET_FLOAT_ARRAY" => VoxelType.Float32,
        "MET_DOUBLE" or "MET_DOUBLE_ARRAY" => VoxelType.Float64,
        _ => throw new ImageFormatException(path, $"unsupported MetaImage ElementType {SafeText.Quote(value)}"),
    };

    private static double[] Numbers(string path, string key, string value)
    {
        string[] words = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var numbers = new double[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            if (!double.TryParse(words[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]))
            {
                throw new ImageFormatException(path, $"invalid number {SafeText.Quote(words[i], 60)} in MetaImage field '{key}'");
            }
        }

        if (numbers.Length == 0)
        {
            throw new ImageFormatException(path, $"MetaImage field '{key}' has no value");
        }

        return numbers;
    }

    /// <summary>Numbers that become geometry: NaN or infinity is an error naming the field.</summary>
    private static double[] FiniteNumbers(string path, string key, string value)
    {
        double[] numbers = Numbers(path, key, value);
        if (!numbers.All(double.IsFinite))
        {
            throw new ImageFormatException(path, $"MetaImage field '{key}' ({string.Join(" ", numbers)}) holds a value that is not a finite number");
        }

        return numbers;
    }

    /// <summary>A field holding one integer from <paramref name="min"/> to <paramref name="max"/>.</summary>
    private static long Integer(string path, string key, string value, long min, long max)
    {
        double[] numbers = Numbers(path, key, value);
        double number = numbers[0];
        if (numbers.Length != 1 || number != Math.Floor(number) || number < min || number > max)
        {
            throw new ImageFormatException(path, $"MetaImage field '{key}' must be one integer from {min} to {max}, not {SafeText.Quote(value, 60)}");
        }

        return (long)number;
    }

    private static bool Boolean(string path, string key, string value) => value.ToLowerInvariant() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => throw new ImageFormatException(path, $"invalid boolean {SafeText.Quote(value)} in MetaImage field '{key}'"),
    };
}
