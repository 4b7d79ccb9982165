using System.Globalization;
using Radiomics.Cli.Batch;
using Radiomics.Configuration;
using Radiomics.Extraction;

namespace Radiomics.Cli.DicomOutput;

/// <summary>
/// <c>batch … --dicom-sr-dir DIR [--uid-seed S]</c>: one TID 1500 report per case, <c>DIR/ID.dcm</c> named by the case
/// list's ID column (and <c>DIR/ID.seg.dcm</c> beside it when the ROIs are RTSTRUCT ROIs or image-file masks), holding
/// every label of the case that extracted. With a seed each case's UIDs derive from <c>S/ID</c>. A report that cannot
/// be written fails its case (the error goes to the errors file) and leaves no file; the other cases go on. Called on
/// the worker threads: it keeps no state besides its settings.
/// </summary>
internal sealed class BatchReports
{
    private readonly string? _seed;

    public BatchReports(string folder, string? seed)
    {
        Folder = folder;
        _seed = seed;
    }

    public string Folder { get; }

    /// <summary>
    /// Checks that every case can name its report: the list has an ID column, and every ID is present, unique (ignoring
    /// case, as some file systems do) and usable as a file name.
    /// </summary>
    public static void CheckCaseList(CaseList cases, string option)
    {
        if (!cases.Columns.Contains("ID"))
        {
            throw new UsageException($"{option} names each report by the case list's ID column, and {cases.Path} has none");
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (BatchCase batchCase in cases.Cases)
        {
            string row = (batchCase.Row + 2).ToString(CultureInfo.InvariantCulture); // the file's line: header first, 1-based
            string id = batchCase.Id ?? "";
            if (id.Trim().Length == 0)
            {
                throw new UsageException($"{cases.Path}: line {row} has no ID, which names its report in {option}");
            }

            if (id.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || id.IndexOfAny(['/', '\\', ':']) >= 0 || id is "." or "..")
            {
                throw new UsageException($"{cases.Path}: line {row}: the ID '{id}' cannot name a file in {option}");
            }

            if (!seen.TryAdd(id, batchCase.Row))
            {
                throw new UsageException($"{cases.Path}: lines {seen[id] + 2} and {row} have the same ID '{id}', which names the reports in {option}");
            }
        }
    }

    public string PathFor(BatchCase batchCase) => Path.Combine(Folder, batchCase.Id + ".dcm");

    /// <summary>Whether a case finished in an earlier run has its report (else --resume runs it again).</summary>
    public bool IsWritten(BatchCase batchCase) => File.Exists(PathFor(batchCase));

    /// <summary>Writes the report of one case's extracted labels (none extracted: no report).</summary>
    public void Write(BatchCase batchCase, LoadedCase loaded, IReadOnlyList<RadiomicsExtractor.LabelExtraction> extractions, ExtractionParameters parameters)
    {
        var results = extractions.Where(e => e.Result is not null).Select(e => (e.Label, e.Result!)).ToList();
        if (results.Count == 0)
        {
            return;
        }

        MaskOrigin origin = MaskOrigin.Of(batchCase.MaskPath, batchCase.Roi, batchCase.Labels is [int only] ? only : null);
        int channel = batchCase.LabelChannel ?? parameters.Settings.Mask.LabelChannel;
        CaseReport.Write(PathFor(batchCase), batchCase.ImagePath, loaded, origin, channel, results, parameters,
            DicomOutputOptions.WriteOptions(_seed is null ? null : $"{_seed}/{batchCase.Id}"));
    }
}
