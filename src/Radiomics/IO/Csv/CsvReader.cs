using System.Buffers;
using System.Text;

namespace Radiomics.IO.Csv;

/// <summary>
/// Reads CSV (RFC 4180) record by record without allocating per field: fields are exposed as spans into a reused
/// buffer until the next <see cref="Read"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Fields are separated by the delimiter (default comma); records end with LF, CRLF or a lone CR.</item>
/// <item>A field that starts with a double quote is quoted: it may hold delimiters, line breaks and doubled quotes
/// (<c>""</c> reads as one quote). After its closing quote only a delimiter, a line end or the end of the input may
/// follow; anything else is a <see cref="CsvFormatException"/>, as is a quoted field the input ends inside.</item>
/// <item>A quote inside an unquoted field is an ordinary character (<c>5" disk</c>), as Python's csv module reads it.</item>
/// <item>A byte-order mark at the start is skipped; files are read as UTF-8 unless a BOM says otherwise.</item>
/// <item>Blank lines (no characters at all) are skipped, as Python's csv module does; a record of one empty field is
/// written <c>""</c> by <see cref="CsvWriter"/> so that it survives.</item>
/// <item>Records may have different field counts; checking them is the caller's business.</item>
/// </list>
/// </remarks>
public sealed class CsvReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly bool _leaveOpen;
    private readonly char _delimiter;
    private readonly SearchValues<char> _unquotedStops;
    private readonly char[] _input = new char[1 << 16];
    private int _inputPosition;
    private int _inputLength;
    private bool _endOfInput;
    private bool _started;
    private char[] _fieldText = new char[1024];
    private int _fieldTextLength;
    private int[] _fieldBounds = new int[128];
    private int _fieldCount;
    private long _nextLine = 1;

    /// <summary>Reads CSV from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="delimiter">The field separator: comma by default; anything but a quote, CR or LF.</param>
    /// <param name="leaveOpen">Leave <paramref name="reader"/> open when this reader is disposed.</param>
    public CsvReader(TextReader reader, char delimiter = ',', bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (delimiter is '"' or '\r' or '\n')
        {
            throw new ArgumentException("The delimiter cannot be a quote or a line break.", nameof(delimiter));
        }

        _reader = reader;
        _leaveOpen = leaveOpen;
        _delimiter = delimiter;
        _unquotedStops = SearchValues.Create([delimiter, '\r', '\n']);
    }

    /// <summary>Opens <paramref name="path"/> (UTF-8 unless a byte-order mark says otherwise).</summary>
    public static CsvReader Open(string path, char delimiter = ',') =>
        new(new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), delimiter);

    /// <summary>Every record of <paramref name="text"/>, each as an array of strings (for small inputs).</summary>
    public static List<string[]> ReadAll(string text, char delimiter = ',')
    {
        using var reader = new CsvReader(new StringReader(text), delimiter);
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(reader.ToArray());
        }

        return records;
    }

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount => _fieldCount;

    /// <summary>The 1-based line the current record starts on.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The 1-based number of the current record (the header, when there is one, is record 1).</summary>
    public long RecordNumber { get; private set; }

    /// <summary>Field <paramref name="index"/> of the current record, unquoted; valid until the next <see cref="Read"/>.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_fieldCount)
            {
                throw new ArgumentOutOfRangeException(nameof(index), $"The record has {_fieldCount} fields.");
            }

            return _fieldText.AsSpan(_fieldBounds[2 * index], _fieldBounds[(2 * index) + 1] - _fieldBounds[2 * index]);
        }
    }

    /// <summary>Field <paramref name="index"/> of the current record as a new string.</summary>
    public string GetString(int index) => new(this[index]);

    /// <summary>The current record's fields as new strings.</summary>
    public string[] ToArray()
    {
        var fields = new string[_fieldCount];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = GetString(i);
        }

        return fields;
    }

    /// <summary>Advances to the next record; false at the end of the input.</summary>
    /// <exception cref="CsvFormatException">A quoted field is not closed, or is followed by something other than a delimiter or line end.</exception>
    public bool Read()
    {
        if (!SkipBlankLines())
        {
            _fieldCount = 0;
            return false;
        }

        LineNumber = _nextLine;
        RecordNumber++;
        _fieldTextLength = 0;
        _fieldCount = 0;
        while (true)
        {
            int start = _fieldTextLength;
            if (Fill() && _input[_inputPosition] == '"')
            {
                _inputPosition++;
                ReadQuotedRest();
            }
            else
            {
                ReadUnquoted();
            }

            AddField(start, _fieldTextLength);
            if (!Fill())
            {
                return true;
            }

            char terminator = _input[_inputPosition++];
            if (terminator == _delimiter)
            {
                continue;
            }

            // The field readers stop only at a delimiter, a line break or the end, so this is a line break.
            if (terminator == '\r' && Fill() && _input[_inputPosition] == '\n')
            {
                _inputPosition++;
            }

            _nextLine++;
            return true;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _reader.Dispose();
        }
    }

    private bool SkipBlankLines()
    {
        while (Fill())
        {
            char c = _input[_inputPosition];
            if (c == '\n')
            {
                _inputPosition++;
                _nextLine++;
            }
            else if (c == '\r')
            {
                _inputPosition++;
                if (Fill() && _input[_inputPosition] == '\n')
                {
                    _inputPosition++;
                }

                _nextLine++;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private void ReadUnquoted()
    {
        while (Fill())
        {
            ReadOnlySpan<char> available = _input.AsSpan(_inputPosition, _inputLength - _inputPosition);
            int stop = available.IndexOfAny(_unquotedStops);
            if (stop >= 0)
            {
                Append(available[..stop]);
                _inputPosition += stop;
                return;
            }

            Append(available);
            _inputPosition = _inputLength;
        }
    }

    private void ReadQuotedRest()
    {
        long startLine = _nextLine;
        while (true)
        {
            if (!Fill())
            {
                throw new CsvFormatException(startLine, "a quoted field is not closed before the end of the input");
            }

            ReadOnlySpan<char> available = _input.AsSpan(_inputPosition, _inputLength - _inputPosition);
            int quote = available.IndexOf('"');
            ReadOnlySpan<char> text = quote >= 0 ? available[..quote] : available;
            Append(text);
            _nextLine += text.Count('\n');
            if (quote < 0)
            {
                _inputPosition = _inputLength;
                continue;
            }

            _inputPosition += quote + 1;
            if (Fill() && _input[_inputPosition] == '"')
            {
                Append("\"");
                _inputPosition++;
                continue;
            }

            if (Fill())
            {
                char next = _input[_inputPosition];
                if (next != _delimiter && next != '\r' && next != '\n')
                {
                    throw new CsvFormatException(_nextLine, $"'{next}' follows the closing quote of a field (expected '{_delimiter}' or a line end)");
                }
            }

            return;
        }
    }

    private bool Fill()
    {
        if (_inputPosition < _inputLength)
        {
            return true;
        }

        if (_endOfInput)
        {
            return false;
        }

        _inputLength = _reader.Read(_input, 0, _input.Length);
        _inputPosition = 0;
        if (!_started && _inputLength > 0)
        {
            _started = true;
            if (_input[0] == '\uFEFF')
            {
                _inputPosition = 1;
            }
        }

        if (_inputLength == 0)
        {
            _endOfInput = true;
            return false;
        }

        return _inputPosition < _inputLength || Fill();
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_fieldTextLength + text.Length > _fieldText.Length)
        {
            Array.Resize(ref _fieldText, Math.Max(_fieldText.Length * 2, _fieldTextLength + text.Length));
        }

        text.CopyTo(_fieldText.AsSpan(_fieldTextLength));
        _fieldTextLength += text.Length;
    }

    private void AddField(int start, int end)
    {
        if ((2 * _fieldCount) + 2 > _fieldBounds.Length)
        {
            Array.Resize(ref _fieldBounds, _fieldBounds.Length * 2);
        }

        _fieldBounds[2 * _fieldCount] = start;
        _fieldBounds[(2 * _fieldCount) + 1] = end;
        _fieldCount++;
    }
}
