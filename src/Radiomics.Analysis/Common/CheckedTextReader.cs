using System.Text;

namespace Radiomics.Analysis.Common;

/// <summary>
/// A text reader over a file that turns what would otherwise pass silently or surface as a stack trace into one line
/// through <c>fail</c>: a NUL character (a UTF-16 file without a byte-order mark, or a binary file, read as UTF-8) and
/// bytes that are not valid in the encoding, each with the line it is on. Lines are counted as text is handed out, so
/// the check costs one vectorised scan of each block.
/// </summary>
internal sealed class CheckedTextReader(TextReader inner, string path, Func<string, Exception> fail) : TextReader
{
    /// <summary>The problem a NUL character is reported as (after the path and line).</summary>
    public const string NulProblem = "holds a NUL character, so it is not a text table (a UTF-16 file without a byte-order mark, or a binary file?); save it as UTF-8";

    private long _completedLines;

    public override int Peek() => Guard(() => inner.Peek());

    public override int Read()
    {
        int c = Guard(() => inner.Read());
        if (c == '\0')
        {
            throw fail($"{path}, line {_completedLines + 1}: {NulProblem}");
        }

        _completedLines += c == '\n' ? 1 : 0;
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        int read;
        try
        {
            read = inner.Read(buffer);
        }
        catch (DecoderFallbackException)
        {
            throw fail(NotText());
        }

        Check(buffer[..read]);
        return read;
    }

    public override string? ReadLine()
    {
        string? line = Guard(inner.ReadLine);
        if (line is not null)
        {
            Check(line);
            _completedLines++;
        }

        return line;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Check(ReadOnlySpan<char> text)
    {
        int nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            throw fail($"{path}, line {_completedLines + text[..nul].Count('\n') + 1}: {NulProblem}");
        }

        _completedLines += text.Count('\n');
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (DecoderFallbackException)
        {
            throw fail(NotText());
        }
    }

    private string NotText() => $"{path}, near line {_completedLines + 1}: is not valid text in its encoding (UTF-8 unless a byte-order mark says UTF-16 or UTF-32); save it as UTF-8";
}
