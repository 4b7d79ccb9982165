namespace Radiomics.IO.Csv;

/// <summary>
/// Text that is not valid CSV (RFC 4180): the message is <c>line N: problem</c>, where N is the 1-based line the
/// offending record or field starts on, so a caller can prefix the file name and print it as one line.
/// </summary>
public sealed class CsvFormatException : FormatException
{
    /// <summary>A CSV error at <paramref name="lineNumber"/> (1-based) described by <paramref name="problem"/>.</summary>
    public CsvFormatException(long lineNumber, string problem)
        : base($"line {lineNumber}: {problem}")
    {
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>The 1-based line where the problem starts.</summary>
    public long LineNumber { get; }

    /// <summary>The problem, without the line number.</summary>
    public string Problem { get; }
}
