using System.Buffers;

namespace Radiomics.IO.Csv;

/// <summary>
/// Writes CSV (RFC 4180) field by field: a field is quoted only when it holds the delimiter, a quote, CR or LF (as
/// Python's csv module does with its default minimal quoting), quotes inside are doubled, numbers are written
/// culture-invariant in their shortest round-trip form (<see cref="CsvNumbers"/>).
/// </summary>
/// <remarks>
/// Records end with <c>\n</c> unless told otherwise. A record made of one empty field is written <c>""</c>, so that it
/// does not read back as a blank line (which readers skip).
/// </remarks>
public sealed class CsvWriter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly bool _leaveOpen;
    private readonly char _delimiter;
    private readonly string _newLine;
    private readonly SearchValues<char> _quoteTriggers;
    private int _fieldsInRecord;
    private bool _lastFieldEmpty;

    /// <summary>Writes CSV to <paramref name="writer"/>.</summary>
    /// <param name="writer">The text to write to.</param>
    /// <param name="delimiter">The field separator: comma by default; anything but a quote, CR or LF.</param>
    /// <param name="newLine">The record terminator: <c>"\n"</c> (default) or <c>"\r\n"</c>.</param>
    /// <param name="leaveOpen">Leave <paramref name="writer"/> open when this writer is disposed.</param>
    public CsvWriter(TextWriter writer, char delimiter = ',', string newLine = "\n", bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (delimiter is '"' or '\r' or '\n')
        {
            throw new ArgumentException("The delimiter cannot be a quote or a line break.", nameof(delimiter));
        }

        if (newLine is not ("\n" or "\r\n"))
        {
            throw new ArgumentException("The record terminator must be \"\\n\" or \"\\r\\n\".", nameof(newLine));
        }

        _writer = writer;
        _leaveOpen = leaveOpen;
        _delimiter = delimiter;
        _newLine = newLine;
        _quoteTriggers = SearchValues.Create([delimiter, '"', '\r', '\n']);
    }

    /// <summary>Writes one text field (null is written as an empty field).</summary>
    public void WriteField(ReadOnlySpan<char> text)
    {
        StartField();
        _lastFieldEmpty = text.IsEmpty;
        if (text.IndexOfAny(_quoteTriggers) < 0)
        {
            _writer.Write(text);
            return;
        }

        _writer.Write('"');
        while (true)
        {
            int quote = text.IndexOf('"');
            if (quote < 0)
            {
                _writer.Write(text);
                break;
            }

            _writer.Write(text[..(quote + 1)]);
            _writer.Write('"');
            text = text[(quote + 1)..];
        }

        _writer.Write('"');
    }

    /// <summary>Writes one text field (null is written as an empty field).</summary>
    public void WriteField(string? text) => WriteField(text.AsSpan());

    /// <summary>Writes a number in its shortest round-trip form (<c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c> for the special values).</summary>
    public void WriteField(double value)
    {
        Span<char> buffer = stackalloc char[CsvNumbers.MaxLength];
        if (!CsvNumbers.TryFormat(value, buffer, out int written))
        {
            WriteField(CsvNumbers.Format(value));
            return;
        }

        StartField();
        _lastFieldEmpty = false;
        _writer.Write(buffer[..written]);
    }

    /// <summary>Writes an integer.</summary>
    public void WriteField(long value)
    {
        Span<char> buffer = stackalloc char[24];
        value.TryFormat(buffer, out int written, provider: System.Globalization.CultureInfo.InvariantCulture);
        StartField();
        _lastFieldEmpty = false;
        _writer.Write(buffer[..written]);
    }

    /// <summary>Ends the current record.</summary>
    public void EndRecord()
    {
        if (_fieldsInRecord == 1 && _lastFieldEmpty)
        {
            _writer.Write("\"\"");
        }

        _writer.Write(_newLine);
        _fieldsInRecord = 0;
    }

    /// <summary>Writes <paramref name="fields"/> as one record.</summary>
    public void WriteRecord(IEnumerable<string?> fields)
    {
        foreach (string? field in fields)
        {
            WriteField(field);
        }

        EndRecord();
    }

    /// <summary>
    /// <paramref name="text"/> as <see cref="WriteField(string?)"/> writes it, for callers that build a line
    /// themselves: unchanged unless it holds <paramref name="delimiter"/>, a quote, CR or LF, then quoted with inner
    /// quotes doubled. Null is the empty field.
    /// </summary>
    public static string Quote(string? text, char delimiter = ',')
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny([delimiter, '"', '\r', '\n']) < 0)
        {
            return text ?? string.Empty;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Flushes the underlying writer.</summary>
    public void Flush() => _writer.Flush();

    /// <inheritdoc/>
    public void Dispose()
    {
        _writer.Flush();
        if (!_leaveOpen)
        {
            _writer.Dispose();
        }
    }

    private void StartField()
    {
        if (_fieldsInRecord > 0)
        {
            _writer.Write(_delimiter);
        }

        _fieldsInRecord++;
    }
}
