using System.Text;
using Radiomics.IO;

namespace Radiomics.Analysis.Common;

/// <summary>
/// How the analysis layer opens and writes its files (tables, models, ComBat estimates, selections, lists, bundles,
/// habitat models, plots): through the core's <see cref="InputFiles"/>, so only a regular file is read (a named pipe,
/// socket, device such as <c>/dev/zero</c>, or folder is refused at once instead of blocking or reading forever), its
/// size is checked before it is read, and text must be valid in its encoding (UTF-8, or UTF-16/32 with a byte-order
/// mark) and hold no NUL character; outputs are written atomically through the core's writer.
/// </summary>
/// <remarks>
/// Every problem reaches the caller as one line, <c>PATH: problem</c>, in the exception its <c>fail</c> function makes
/// (the analysis layer's error type of the stage: <c>FeatureTableException</c>, <c>ModelException</c>, …). A missing
/// file reads "no such file".
/// </remarks>
internal static class AnalysisFiles
{
    /// <summary>The largest JSON or text document read whole (a model, ComBat estimates, a selection, a list, a bundle): 64 MiB.</summary>
    public const long MaxDocumentBytes = 64L << 20;

    /// <summary>The largest table read (CSV, JSON lines, JSON table, Parquet): 4 GiB.</summary>
    public const long MaxTableBytes = 4L << 30;

    /// <summary>
    /// The text of a regular file of at most <paramref name="maxBytes"/> bytes (<paramref name="what"/> names it in the
    /// size problem, e.g. "a model file"), decoded strictly; a NUL character is a problem.
    /// </summary>
    public static string ReadText(string path, string what, Func<string, Exception> fail, long maxBytes = MaxDocumentBytes) =>
        Decode(ReadBytes(path, what, fail, maxBytes), path, fail);

    /// <summary>The bytes of a regular file of at most <paramref name="maxBytes"/> bytes.</summary>
    public static byte[] ReadBytes(string path, string what, Func<string, Exception> fail, long maxBytes = MaxDocumentBytes)
    {
        RequireFile(path, fail);
        return InputFiles.ReadAllBytes(path, maxBytes, what, Prefixed(path, fail));
    }

    /// <summary>Text decoded from <paramref name="bytes"/> as <see cref="InputFiles.DecodeText"/> does, with no NUL character allowed.</summary>
    public static string Decode(byte[] bytes, string path, Func<string, Exception> fail)
    {
        string text = InputFiles.DecodeText(bytes, Prefixed(path, fail));
        int nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw fail($"{path}, line {text.AsSpan(0, nul).Count('\n') + 1}: {CheckedTextReader.NulProblem}");
        }

        return text;
    }

    /// <summary>A regular file of at most <paramref name="maxBytes"/> bytes opened for reading.</summary>
    public static FileStream OpenRead(string path, string what, Func<string, Exception> fail, long maxBytes = MaxTableBytes, int bufferSize = 1 << 16)
    {
        RequireFile(path, fail);
        FileStream stream = InputFiles.OpenRead(path, Prefixed(path, fail), bufferSize);
        long length;
        try
        {
            length = stream.Length;
        }
        catch (IOException e)
        {
            stream.Dispose();
            throw fail($"{path}: cannot be read: {e.Message}");
        }

        if (length > maxBytes)
        {
            stream.Dispose();
            throw fail($"{path}: is {length} bytes; {what} may be at most {maxBytes} bytes");
        }

        return stream;
    }

    /// <summary>
    /// A regular file opened as text (<see cref="OpenRead"/>): UTF-8 unless a byte-order mark says UTF-16 or UTF-32,
    /// decoded strictly, a NUL character refused with its line (<see cref="CheckedTextReader"/>).
    /// </summary>
    public static TextReader OpenText(string path, string what, Func<string, Exception> fail, long maxBytes = MaxTableBytes)
    {
        FileStream stream = OpenRead(path, what, fail, maxBytes);
        var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        return new CheckedTextReader(reader, path, fail);
    }

    /// <summary>
    /// Writes <paramref name="path"/> atomically (a temporary sibling renamed into place, so a failure leaves nothing
    /// half-written under the final name); a missing folder or a failed write is <paramref name="fail"/>(message).
    /// </summary>
    public static void WriteAtomically(string path, Action<Stream> write, Func<string, Exception> fail)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw fail($"{path}: the output folder '{folder}' does not exist");
        }

        try
        {
            Radiomics.IO.Internal.AtomicFile.Write(path, write);
        }
        catch (ImageFormatException e)
        {
            throw fail(e.Message);
        }
    }

    /// <summary><see cref="WriteAtomically(string, Action{Stream}, Func{string, Exception})"/> of <paramref name="text"/> as UTF-8 without a byte-order mark.</summary>
    public static void WriteAtomically(string path, string text, Func<string, Exception> fail)
    {
        byte[] bytes = new UTF8Encoding(false).GetBytes(text);
        WriteAtomically(path, stream => stream.Write(bytes), fail);
    }

    /// <summary>
    /// Throws <paramref name="fail"/>(<c>PATH: problem</c>) unless <paramref name="path"/> is a regular file: "no such
    /// file", or what <see cref="InputFiles.ProblemWithFile"/> says (a folder, a named pipe, a device, …).
    /// </summary>
    public static void RequireFile(string path, Func<string, Exception> fail)
    {
        if (InputFiles.KindOf(path) == FileKind.Missing && !string.IsNullOrEmpty(path) && !path.Contains('\0', StringComparison.Ordinal))
        {
            throw fail($"{path}: no such file");
        }

        if (InputFiles.ProblemWithFile(path) is { } problem)
        {
            throw fail($"{path}: {problem}");
        }
    }

    private static Func<string, Exception> Prefixed(string path, Func<string, Exception> fail) =>
        problem => fail($"{path}: {problem}");
}
