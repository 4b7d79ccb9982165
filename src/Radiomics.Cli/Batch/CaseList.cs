using System.Globalization;
using Radiomics.IO;
using Radiomics.IO.Csv;

namespace Radiomics.Cli.Batch;

/// <summary>
/// PyRadiomics' batch CSV: a header row with <c>Image</c> and <c>Mask</c> (case-sensitive), optional <c>Label</c>,
/// <c>label_channel</c> (or <c>Label_channel</c>) and <c>ROI</c> (an RTSTRUCT ROI or SEG segment name, for DICOM masks), and any
/// other columns, which are carried to the output.
/// </summary>
public sealed class CaseList
{
    private CaseList(string path, byte[] bytes, IReadOnlyList<string> columns, IReadOnlyList<BatchCase> cases)
    {
        Path = path;
        Bytes = bytes;
        Columns = columns;
        Cases = cases;
    }

    public string Path { get; }

    /// <summary>The file's bytes as read (fingerprinted so that a resume or a merge uses the same list).</summary>
    public byte[] Bytes { get; }

    /// <summary>The CSV's column names in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<BatchCase> Cases { get; }

    public bool HasLabelColumn => Columns.Contains("Label");

    /// <summary>The largest case list read (256 MiB, about a million rows).</summary>
    public const long MaxBytes = 256L << 20;

    /// <summary>
    /// Reads a case list: a regular file (a pipe or device is refused before any read) of at most <see cref="MaxBytes"/>,
    /// UTF-8 or, with a byte-order mark, UTF-16/32; bytes invalid in the encoding are an error, not replaced.
    /// </summary>
    public static CaseList Read(string path)
    {
        FileKind kind = InputFiles.KindOf(path);
        if (kind is FileKind.Missing or FileKind.Directory)
        {
            throw new UsageException(kind == FileKind.Directory
                ? $"the case list {SafeText.Quote(path)} is a folder; give the CSV file"
                : $"the case list {SafeText.Quote(path)} does not exist");
        }

        byte[] bytes = InputFiles.ReadAllBytes(path, MaxBytes, "a case list", problem => new UsageException($"the case list {SafeText.Quote(path)} {problem}"));
        string text = InputFiles.DecodeText(bytes, problem => new UsageException($"the case list {SafeText.Quote(path)} {problem}"));
        List<List<string>> rows;
        try
        {
            rows = CsvReader.ReadAll(text).ConvertAll(r => r.ToList());
        }
        catch (CsvFormatException e)
        {
            throw new UsageException($"{path}: {SafeText.Escape(e.Message)}");
        }

        if (rows.Count == 0)
        {
            throw new UsageException($"{path}: the case list is empty; it needs a header row with Image and Mask");
        }

        List<string> header = rows[0];
        int image = header.IndexOf("Image"), mask = header.IndexOf("Mask"), label = header.IndexOf("Label");
        int channel = header.IndexOf("label_channel") is >= 0 and int c ? c : header.IndexOf("Label_channel");
        int roi = header.IndexOf("ROI"), id = header.IndexOf("ID");
        if (image < 0 || mask < 0)
        {
            throw new UsageException($"{path}: the header needs columns 'Image' and 'Mask' (case-sensitive); found: {SafeText.Escape(string.Join(", ", header))}");
        }

        if (header.Distinct(StringComparer.Ordinal).Count() != header.Count)
        {
            throw new UsageException($"{path}: the header repeats a column name: {SafeText.Escape(string.Join(", ", header))}");
        }

        if (rows.Count == 1)
        {
            throw new UsageException($"{path}: no cases (the case list has a header and no rows)");
        }

        string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        var cases = new List<BatchCase>(rows.Count - 1);
        for (int r = 1; r < rows.Count; r++)
        {
            List<string> cells = rows[r];
            while (cells.Count < header.Count)
            {
                cells.Add("");
            }

            if (cells.Count > header.Count)
            {
                cells.RemoveRange(header.Count, cells.Count - header.Count);
            }

            cases.Add(MakeCase(r - 1, cells, folder, image, mask, label, channel, roi) with { Id = id >= 0 ? cells[id].Trim() : null });
        }

        return new CaseList(path, bytes, header, cases);
    }

    private static BatchCase MakeCase(int row, List<string> cells, string folder, int image, int mask, int label, int channel, int roi)
    {
        (string imagePath, string? problem) = Resolve(cells[image], folder, "Image");
        (string maskPath, string? maskProblem) = Resolve(cells[mask], folder, "Mask");
        problem ??= maskProblem;
        if (cells[image].Trim().Length == 0 || cells[mask].Trim().Length == 0)
        {
            problem = "the row has no Image or no Mask";
        }

        IReadOnlyList<int>? labels = null;
        bool all = false;
        if (label >= 0 && cells[label].Trim().Length > 0)
        {
            string text = cells[label].Trim();
            if (text.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                all = true;
            }
            else if (!TryParseLabels(text, out labels))
            {
                problem ??= $"the Label {SafeText.Quote(cells[label])} is neither an integer, a list such as 1;2 or [1, 2], nor 'all'";
            }
        }

        int? labelChannel = null;
        if (channel >= 0 && cells[channel].Trim().Length > 0)
        {
            if (int.TryParse(cells[channel].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            {
                labelChannel = value;
            }
            else
            {
                problem ??= $"the label_channel {SafeText.Quote(cells[channel])} is not a non-negative integer";
            }
        }

        string? roiName = roi >= 0 && cells[roi].Trim().Length > 0 ? cells[roi].Trim() : null;
        return new BatchCase(row, cells, imagePath, maskPath, labels, all, labelChannel, problem, roiName);
    }

    /// <summary>
    /// A path from a cell of the case list at <paramref name="caseListPath"/>, resolved as Image and Mask are (see
    /// <see cref="Resolve"/>); a cell that is no usable path is an <see cref="InputException"/>.
    /// </summary>
    public static string ResolvePath(string cell, string caseListPath)
    {
        (string path, string? problem) = Resolve(cell, System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(caseListPath)) ?? ".", "case-list");
        return problem is null ? path : throw new InputException($"{caseListPath}: {problem}");
    }

    /// <summary>
    /// A path from the CSV: absolute as given, or relative to the CSV's folder (as PyRadiomics does); a cell that is no
    /// usable path (a NUL character, say) gives a problem for its row instead.
    /// </summary>
    private static (string Path, string? Problem) Resolve(string cell, string folder, string column)
    {
        string text = cell.Trim();
        if (text.Length == 0)
        {
            return ("", null);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return (text, $"the {column} path {SafeText.Quote(text)} contains a NUL character");
        }

        try
        {
            return (System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(text) ? text : System.IO.Path.Combine(folder, text)), null);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return (text, $"the {column} path {SafeText.Quote(text)} is not usable: {e.Message}");
        }
    }

    /// <summary>
    /// Reads a label cell: one integer, or several separated by ';', ',' or spaces, optionally in brackets
    /// (<c>2</c>, <c>1;2</c>, <c>[1, 2]</c>). Duplicates are dropped, order kept.
    /// </summary>
    public static bool TryParseLabels(string text, out IReadOnlyList<int>? labels)
    {
        labels = null;
        string inner = text.Trim();
        if (inner.StartsWith('[') && inner.EndsWith(']'))
        {
            inner = inner[1..^1];
        }

        var list = new List<int>();
        foreach (string part in inner.Split([';', ',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            {
                return false;
            }

            if (!list.Contains(value))
            {
                list.Add(value);
            }
        }

        if (list.Count == 0)
        {
            return false;
        }

        labels = list;
        return true;
    }
}
