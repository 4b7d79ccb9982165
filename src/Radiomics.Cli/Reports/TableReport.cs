using System.Globalization;
using Radiomics.Analysis.Reports;
using Radiomics.Cli.Batch;
using Radiomics.Configuration;
using Radiomics.IO;
using Radiomics.IO.Csv;

namespace Radiomics.Cli.Reports;

/// <summary>
/// <c>radiomics report</c>'s work: a batch's wide feature table (and its errors file) as a report, each case's image
/// and mask read again from the table's Image and Mask columns or from a case list (read only: nothing is extracted).
/// </summary>
internal sealed class TableReport
{
    public required string FeaturesPath { get; init; }

    /// <summary>The case list whose rows give the images (matched by ID when both have one, else by row), or null.</summary>
    public string? CasesPath { get; init; }

    public string? ErrorsPath { get; init; }

    public bool Images { get; init; } = true;

    public ImagingModality Modality { get; init; }

    public IReadOnlyList<ReportTable> Tables { get; init; } = [];

    /// <summary>The compliance section (<see cref="ReportCompliance"/>).</summary>
    public required IReadOnlyList<ComplianceSummary> Compliance { get; init; }

    public ReportDocument Build()
    {
        IReadOnlyList<TableCase> rows = ResultTable.Read(ReadCsv(FeaturesPath, "FEATURES"), FeaturesPath);
        CaseList? cases = CasesPath is null ? null : CaseList.Read(CasesPath);
        IReadOnlyList<CaseFailure>? listed = ErrorsPath is null ? null : ResultTable.ReadErrors(ReadCsv(ErrorsPath, "--errors"), ErrorsPath);
        var reports = new List<CaseReport>();
        var failures = new List<CaseFailure>(listed ?? []);
        string folder = Path.GetDirectoryName(Path.GetFullPath(FeaturesPath)) ?? ".";
        foreach (TableCase row in rows)
        {
            if (row.Failed)
            {
                if (listed is null)
                {
                    failures.Add(new CaseFailure(row.Row.ToString(CultureInfo.InvariantCulture), row.Columns, "no features in the table (no errors file was found to say why)"));
                }

                continue;
            }

            reports.Add(Draw(row, Inputs(row, cases, folder)));
        }

        string title = $"Radiomics quality control: {Path.GetFileName(FeaturesPath)}";
        return ReportOutput.Document(title, reports, $"{Path.GetFileName(FeaturesPath)}, {rows.Count} row(s)", Compliance) with { Failures = failures, Tables = Tables };
    }

    /// <summary>A generic table of another stage (CSV with a header), shown as given.</summary>
    public static ReportTable ReadTable(string title, string path, string option)
    {
        List<List<string>> rows = ReadCsv(path, option);
        if (rows.Count == 0)
        {
            throw new InputException($"{option} {path}: the table is empty; it needs a header row (e.g. feature,icc,...)");
        }

        return new ReportTable(title, Path.GetFileName(path), rows[0], rows.Skip(1).Select(r => (IReadOnlyList<string>)r).ToList());
    }

    private (string Image, string Mask, string? Roi, string? Modality)? Inputs(TableCase row, CaseList? cases, string folder)
    {
        if (!Images)
        {
            return null;
        }

        if (cases is not null)
        {
            BatchCase? match = row.Column("ID") is { Length: > 0 } id && cases.Cases.Any(c => c.Id == id)
                ? cases.Cases.First(c => c.Id == id)
                : row.Row - 1 < cases.Cases.Count ? cases.Cases[row.Row - 1] : null;
            if (match is null)
            {
                return null;
            }

            int modality = cases.Columns.ToList().IndexOf("Modality");
            return (match.ImagePath, match.MaskPath, match.Roi, modality >= 0 && modality < match.Cells.Count ? match.Cells[modality] : null);
        }

        return row.Column("Image") is { Length: > 0 } image && row.Column("Mask") is { Length: > 0 } mask
            ? (Path.GetFullPath(image, folder), Path.GetFullPath(mask, folder), NullIfEmpty(row.Column("ROI")), row.Column("Modality"))
            : null;
    }

    private CaseReport Draw(TableCase row, (string Image, string Mask, string? Roi, string? Modality)? inputs)
    {
        RadiomicsSettings settings = ResultTable.SettingsOf(row.Entries, RadiomicsSettings.Default);
        if (row.Label is { } label && settings.Mask.Label != label)
        {
            settings = settings with { Mask = settings.Mask with { Label = label } };
        }

        ImagingModality modality = Modality != ImagingModality.Unknown ? Modality : ReportOptions.Parse(inputs?.Modality);
        var data = new CaseReportData(row.Id, null, null, row.Entries)
        {
            Label = row.Label,
            Settings = settings,
            Modality = modality,
            ImagePath = inputs?.Image ?? row.Column("Image"),
            MaskPath = inputs?.Mask ?? row.Column("Mask"),
        };
        if (inputs is not { } paths)
        {
            return CaseReportBuilder.Build(data);
        }

        try
        {
            LoadedCase loaded = InputLoader.LoadCase(paths.Image, paths.Mask, paths.Roi, row.Label);
            if (loaded.SelectedLabel is { } selected)
            {
                data = data with { Settings = data.Settings with { Mask = data.Settings.Mask with { Label = selected } } };
            }

            return CaseReportBuilder.Build(data with { Image = loaded.Image, Mask = loaded.Mask, Notes = loaded.Notes });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return CaseReportBuilder.Build(data with { Notes = [$"The image or mask could not be read: {e.Message.ReplaceLineEndings(" ")}"] });
        }
    }

    /// <summary>The largest table the report reads whole (a batch's table, its errors file, another stage's table): 256 MiB.</summary>
    private const long MaxTableBytes = 256L << 20;

    /// <summary>A CSV file read through the input gateway: a regular file only (not a pipe, device or folder), bounded, decoded strictly.</summary>
    private static List<List<string>> ReadCsv(string path, string option)
    {
        if (InputFiles.KindOf(path) == FileKind.Missing)
        {
            throw new InputException($"{option} {path}: the file does not exist");
        }

        Func<string, Exception> fail = problem => new InputException($"{option} {path}: {problem}");
        if (InputFiles.ProblemWithFile(path) is { } problem)
        {
            throw fail(problem);
        }

        string text = InputFiles.ReadAllText(path, MaxTableBytes, "a table the report reads", fail);
        try
        {
            return CsvReader.ReadAll(text).ConvertAll(r => r.ToList());
        }
        catch (CsvFormatException e)
        {
            throw new InputException($"{option} {path}: {SafeText.Escape(e.Message)}");
        }
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
