using System.Text;

namespace Radiomics.IO.Internal;

/// <summary>
/// The text lines at the top of a file (NRRD, MetaImage) and the byte offset where the data after them
/// begins. Headers are capped at <see cref="MaxHeaderBytes"/> so a binary file opened by mistake fails fast.
/// </summary>
internal sealed class TextHeader
{
    public const int MaxHeaderBytes = 1 << 20;

    private TextHeader(List<string> lines, long dataOffset)
    {
        Lines = lines;
        DataOffset = dataOffset;
    }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>The byte offset just after the last header line (its newline included).</summary>
    public long DataOffset { get; }

    /// <summary>
    /// Reads lines until <paramref name="isLastLine"/> returns true for a line (that line is included) or the
    /// file ends. <paramref name="endAtFileEnd"/> says whether reaching the end of file is a valid end.
    /// </summary>
    public static TextHeader Read(string path, Stream file, Func<string, bool> isLastLine, bool endAtFileEnd, string formatName)
    {
        int length = (int)Math.Min(file.Length, MaxHeaderBytes);
        var bytes = new byte[length];
        file.Position = 0;
        file.ReadExactly(bytes);
        var lines = new List<string>();
        int start = 0;
        while (start < length)
        {
            int newline = Array.IndexOf(bytes, (byte)'\n', start);
            if (newline < 0)
            {
                if (length < file.Length)
                {
                    throw new ImageFormatException(path, $"the {formatName} header is longer than {MaxHeaderBytes} bytes (not a {formatName} file?)");
                }

                if (!endAtFileEnd)
                {
                    throw new ImageFormatException(path, $"the {formatName} header does not end before the end of the file");
                }

                lines.Add(Decode(bytes, start, length - start));
                return new TextHeader(lines, length);
            }

            string line = Decode(bytes, start, newline - start);
            lines.Add(line);
            start = newline + 1;
            if (isLastLine(line))
            {
                return new TextHeader(lines, start);
            }
        }

        if (!endAtFileEnd)
        {
            throw new ImageFormatException(path, $"the {formatName} header does not end before the end of the file");
        }

        return new TextHeader(lines, start);
    }

    private static string Decode(byte[] bytes, int start, int count)
    {
        if (count > 0 && bytes[start + count - 1] == '\r')
        {
            count--;
        }

        return Encoding.Latin1.GetString(bytes, start, count);
    }
}
