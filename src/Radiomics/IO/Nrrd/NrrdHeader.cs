using System.Globalization;
using Radiomics.Imaging;
using Radiomics.IO.Internal;

namespace Radiomics.IO.Nrrd;

/// <summary>
/// The NRRD header fields the reader uses (NRRD format specification, version 1–5). Field names are
/// matched case-insensitively with or without their inner space ("byte skip" / "byteskip").
/// </summary>
internal sealed class NrrdHeader
{
    public int Dimension { get; private set; }

    public VoxelType Type { get; private set; }

    public long[] Sizes { get; private set; } = [];

    public string Encoding { get; private set; } = "raw";

    public bool LittleEndian { get; private set; } = true;

    public bool EndianGiven { get; private set; }

    /// <summary>The "space" field, lower-case, or null.</summary>
    public string? Space { get; private set; }

    /// <summary>One entry per axis: the direction vector (scaled by spacing), or null for "none".</summary>
    public double[]?[]? SpaceDirections { get; private set; }

    public double[]? SpaceOrigin { get; private set; }

    public double[]? Spacings { get; private set; }

    public string[]? Kinds { get; private set; }

    public string? DataFile { get; private set; }

    public long LineSkip { get; private set; }

    public long ByteSkip { get; private set; }

    /// <summary>Where attached data starts (the byte after the blank line).</summary>
    public long DataOffset { get; private set; }

    public static NrrdHeader Read(string path, FileStream file)
    {
        TextHeader text = TextHeader.Read(path, file, line => line.Length == 0, endAtFileEnd: true, "NRRD");
        if (text.Lines.Count == 0 || !text.Lines[0].StartsWith("NRRD000", StringComparison.Ordinal))
        {
            throw new ImageFormatException(path, "not a NRRD file (it does not start with 'NRRD000')");
        }

        var header = new NrrdHeader { DataOffset = text.DataOffset };
        bool typeGiven = false;
        foreach (string line in text.Lines.Skip(1))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.Contains(":=", StringComparison.Ordinal))
            {
                continue; // blank terminator, comment, or key/value pair
            }

            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new ImageFormatException(path, $"malformed NRRD header line {SafeText.Quote(line, 60)} (expected 'field: value')");
            }

            string field = line[..colon].Trim().ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
            string value = line[(colon + 2)..].Trim();
            switch (field)
            {
                case "dimension":
                    header.Dimension = ParseInt(path, field, value);
                    break;
                case "type":
                    header.Type = NrrdTypes.Parse(path, value);
                    typeGiven = true;
                    break;
                case "sizes":
                    header.Sizes = SplitWords(value).Select(w => ParseLong(path, field, w)).ToArray();
                    break;
                case "encoding":
                    header.Encoding = value.ToLowerInvariant();
                    break;
                case "endian":
                    header.EndianGiven = true;
                    header.LittleEndian = value.ToLowerInvariant() switch
                    {
                        "little" => true,
                        "big" => false,
                        _ => throw new ImageFormatException(path, $"invalid NRRD endian {SafeText.Quote(value)} (expected little or big)"),
                    };
                    break;
                case "space":
                    header.Space = value.ToLowerInvariant();
                    break;
                case "spacedirections":
                    header.SpaceDirections = SplitWords(value).Select(w => w.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : ParseVector(path, field, w)).ToArray();
                    break;
                case "spaceorigin":
                    header.SpaceOrigin = ParseVector(path, field, value);
                    break;
                case "spacings":
                    header.Spacings = SplitWords(value).Select(w => w.Equals("nan", StringComparison.OrdinalIgnoreCase) ? double.NaN : ParseDouble(path, field, w)).ToArray();
                    break;
                case "kinds":
                    header.Kinds = SplitWords(value).Select(w => w.ToLowerInvariant()).ToArray();
                    break;
                case "datafile":
                    header.DataFile = value;
                    break;
                case "lineskip":
                    header.LineSkip = ParseLong(path, field, value);
                    break;
                case "byteskip":
                    header.ByteSkip = ParseLong(path, field, value);
                    break;
            }
        }

        header.Validate(path, typeGiven);
        return header;
    }

    private void Validate(string path, bool typeGiven)
    {
        if (!typeGiven)
        {
            throw new ImageFormatException(path, "the NRRD header has no 'type' field");
        }

        if (Dimension < 1 || Dimension > 16)
        {
            throw new ImageFormatException(path, $"invalid NRRD dimension {Dimension}");
        }

        if (Sizes.Length != Dimension)
        {
            throw new ImageFormatException(path, $"the NRRD 'sizes' field lists {Sizes.Length} sizes but the dimension is {Dimension}");
        }

        if (SpaceDirections is not null && SpaceDirections.Length != Dimension)
        {
            throw new ImageFormatException(path, $"the NRRD 'space directions' field lists {SpaceDirections.Length} entries but the dimension is {Dimension}");
        }

        if (Kinds is not null && Kinds.Length != Dimension)
        {
            throw new ImageFormatException(path, $"the NRRD 'kinds' field lists {Kinds.Length} entries but the dimension is {Dimension}");
        }

        if (LineSkip < 0 || ByteSkip < -1)
        {
            throw new ImageFormatException(path, "invalid NRRD 'line skip' or 'byte skip'");
        }
    }

    /// <summary>Words separated by spaces, keeping parenthesised vectors "(a, b, c)" whole.</summary>
    private static List<string> SplitWords(string value)
    {
        var words = new List<string>();
        int depth = 0, start = -1;
        for (int i = 0; i <= value.Length; i++)
        {
            char c = i < value.Length ? value[i] : ' ';
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }

            bool separator = char.IsWhiteSpace(c) && depth <= 0;
            if (!separator && start < 0)
            {
                start = i;
            }
            else if (separator && start >= 0)
            {
                words.Add(value[start..i]);
                start = -1;
            }
        }

        if (start >= 0)
        {
            words.Add(value[start..]); // an unbalanced "(" keeps the rest as one (invalid) word
        }

        return words;
    }

    private static double[] ParseVector(string path, string field, string text)
    {
        string inner = text.Trim();
        if (!inner.StartsWith('(') || !inner.EndsWith(')'))
        {
            throw new ImageFormatException(path, $"invalid vector {SafeText.Quote(text, 60)} in NRRD field '{field}'");
        }

        return inner[1..^1].Split(',').Select(s => ParseDouble(path, field, s.Trim())).ToArray();
    }

    private static int ParseInt(string path, string field, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v
            : throw new ImageFormatException(path, $"invalid number {SafeText.Quote(text, 60)} in NRRD field '{field}'");

    private static long ParseLong(string path, string field, string text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long v) ? v
            : throw new ImageFormatException(path, $"invalid number {SafeText.Quote(text, 60)} in NRRD field '{field}'");

    private static double ParseDouble(string path, string field, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v
            : throw new ImageFormatException(path, $"invalid number {SafeText.Quote(text, 60)} in NRRD field '{field}'");
}
