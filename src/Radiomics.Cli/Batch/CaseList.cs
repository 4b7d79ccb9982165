using System.Globalization;

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

    public static CaseList Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException(Directory.Exists(path) ? $"the case list '{path}' is a folder; give the CSV file" : $"the case list '{path}' does not exist");
        }

        byte[] bytes = File.ReadAllBytes(path);
        List<List<string>> rows = CsvText.Parse(new System.Text.UTF8Encoding(false, true).GetString(bytes));
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
            throw new UsageException($"{path}: the header needs columns 'Image' and 'Mask' (case-sensitive); found: {string.Join(", ", header)}");
        }

        if (header.Distinct(StringComparer.Ordinal).Count() != header.Count)
        {
            throw new UsageException($"{path}: the header repeats a column name: {string.Join(", ", header)}");
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
        string? problem = null;
        string imagePath = Resolve(cells[image], folder), maskPath = Resolve(cells[mask], folder);
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
                problem ??= $"the Label '{cells[label]}' is neither an integer, a list such as 1;2 or [1, 2], nor 'all'";
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
                problem ??= $"the label_channel '{cells[channel]}' is not a non-negative integer";
            }
        }

        string? roiName = roi >= 0 && cells[roi].Trim().Length > 0 ? cells[roi].Trim() : null;
        return new BatchCase(row, cells, imagePath, maskPath, labels, all, labelChannel, problem, roiName);
    }

    /// <summary>A path from a cell of the case list at <paramref name="caseListPath"/>, resolved as Image and Mask are (see <see cref="Resolve"/>).</summary>
    public static string ResolvePath(string cell, string caseListPath) =>
        Resolve(cell, System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(caseListPath)) ?? ".");

    /// <summary>A path from the CSV: absolute as given, or relative to the CSV's folder (as PyRadiomics does).</summary>
    private static string Resolve(string cell, string folder)
    {
        string text = cell.Trim();
        return text.Length == 0 ? "" : System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(text) ? text : System.IO.Path.Combine(folder, text));
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
