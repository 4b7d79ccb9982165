using System.Globalization;
using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Cli.Batch;

/// <summary>
/// Runs one case of a batch: reads its image and mask once (through <see cref="InputLoader"/>, so every input kind
/// the tool reads works here), extracts each of its labels, and turns the outcome into records. Any failure becomes
/// a failed record; nothing a case does can stop the batch. With a <see cref="VoxelBufferPool"/>, the voxel buffers of
/// a case's image and mask go back to it when the case is done, for the next case's reads (records keep only values).
/// </summary>
public sealed class CaseProcessor : ICaseRunner
{
    private readonly RadiomicsExtractor _extractor;
    private readonly CaseList _cases;
    private readonly bool _allLabels;
    private readonly VoxelBufferPool? _buffers;
    private readonly Radiomics.Extraction.Regions.RegionExtractor? _regions;

    public CaseProcessor(RadiomicsExtractor extractor, CaseList cases, bool allLabels, VoxelBufferPool? buffers = null)
    {
        _extractor = extractor;
        _cases = cases;
        _allLabels = allLabels;
        _buffers = buffers;
        OutputColumns = cases.HasLabelColumn || !allLabels ? cases.Columns : [.. cases.Columns, "Label"];
        if (extractor.Parameters.Regions.Count > 0)
        {
            Commands.Regions.CaseRegions.RequireColumns(extractor.Parameters, cases.Columns, cases.Path);
            _regions = new Radiomics.Extraction.Regions.RegionExtractor(extractor.Parameters, extractor.Context);
        }
    }

    /// <summary>PyRadiomics' --skip-nans: records leave out NaN values.</summary>
    public bool SkipNans { get; init; }

    /// <summary>
    /// Called with each case's extractions before its records are made (the SR of <c>--dicom-sr-dir</c>); an exception
    /// fails the case with its message.
    /// </summary>
    internal Action<BatchCase, LoadedCase, IReadOnlyList<RadiomicsExtractor.LabelExtraction>>? AfterExtraction { get; init; }

    /// <summary>With <c>--report</c>: draws each case for the report while its inputs are loaded.</summary>
    internal Reports.BatchReportCollector? Report { get; init; }

    /// <summary>The carried-over columns of every record: the CSV's, plus <c>Label</c> when --all-labels adds it.</summary>
    public IReadOnlyList<string> OutputColumns { get; }

    private bool WritesLabel => OutputColumns.Contains("Label");

    public IReadOnlyList<CaseRecord> Process(BatchCase batchCase) => Process(batchCase, null);

    /// <summary>
    /// Starts reading the inputs of <paramref name="batchCase"/> on a pool thread (the batch's read-ahead), for
    /// <see cref="Process(BatchCase, Task{LoadedCase}?)"/> to take; null when the case has nothing to read. A failed
    /// read fails the case there, with the message it would have had.
    /// </summary>
    /// <remarks>The files' hashes for provenance are taken there too, off the critical path.</remarks>
    internal Task<LoadedCase>? StartLoading(BatchCase batchCase) =>
        batchCase.Problem is null ? Task.Run(() => Load(batchCase)) : null;

    /// <summary>The records of one case, its inputs taken from <paramref name="loading"/> when already being read.</summary>
    internal IReadOnlyList<CaseRecord> Process(BatchCase batchCase, Task<LoadedCase>? loading)
    {
        if (batchCase.Problem is { } problem)
        {
            return Failed(batchCase, batchCase.Labels, problem);
        }

        LoadedCase? loaded = null;
        try
        {
            loaded = loading is null ? Load(batchCase) : loading.GetAwaiter().GetResult();
            ImageData image = loaded.Image, mask = loaded.Mask;
            int channel = batchCase.LabelChannel ?? _extractor.Settings.Mask.LabelChannel;
            IReadOnlyList<int> labels = loaded.SelectedLabel is { } selected ? [selected]
                : batchCase.Labels
                ?? (batchCase.AllLabels || _allLabels ? RadiomicsExtractor.LabelsOf(mask, channel, batchCase.MaskPath) : [_extractor.Settings.Mask.Label]);
            if (labels.Count == 0)
            {
                return Failed(batchCase, null, $"{batchCase.MaskPath}: the mask is empty (no non-zero voxel).");
            }

            Dictionary<int, Radiomics.Analysis.Reports.CaseReportRecorder>? recorders = Report is null ? null : [];
            var extractions = _extractor.ExtractLabels(
                image, mask, labels, batchCase.LabelChannel, loaded.ImageSource, loaded.MaskSource,
                recorders is null ? null : Reports.BatchReportCollector.RecordInto(recorders));
            // The DICOM SR describes the ROI itself, so it sees the extractions before the regions are added.
            AfterExtraction?.Invoke(batchCase, loaded, extractions);
            if (_regions is not null)
            {
                extractions = Commands.Regions.CaseRegions.Extend(_regions, extractions, image, mask, channel, new Commands.Regions.RegionMaskLoader(image, CellFile(batchCase)), batchCase.MaskPath);
            }

            List<CaseRecord> records = extractions
                .Select(e => new CaseRecord(batchCase.Row, ColumnsOf(batchCase, e.Label), e.Error?.Message, Output.NanFilter.Apply(e.Result?.Entries ?? [], SkipNans)))
                .ToList();
            Report?.Add(batchCase, loaded, _extractor, extractions, recorders!, records);
            return records;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(batchCase, batchCase.Labels, Describe(e));
        }
        finally
        {
            // The extraction is over and its records hold values only: the buffers are free for the next case.
            foreach (ImageData input in loaded?.PooledInputs ?? [])
            {
                _buffers!.Return(input);
            }
        }
    }

    /// <summary>
    /// Reads a case's image and mask and takes the files' provenance (their SHA-256). A single label selects an
    /// RTSTRUCT ROI / SEG segment; several (or none) leave a SEG as its label map.
    /// </summary>
    private LoadedCase Load(BatchCase batchCase) =>
        InputLoader.LoadCase(batchCase.ImagePath, batchCase.MaskPath, batchCase.Roi, batchCase.Labels is [int only] ? only : null, _buffers, _extractor.Settings.Limits,
            _extractor.Context.MaxDegreeOfParallelism)
        with { ImageSource = InputLoader.Describe(batchCase.ImagePath), MaskSource = InputLoader.Describe(batchCase.MaskPath) };

    /// <summary>One failed record per label asked for (one with an empty label when the labels are unknown).</summary>
    public IReadOnlyList<CaseRecord> Failed(BatchCase batchCase, IReadOnlyList<int>? labels, string error)
    {
        IEnumerable<int?> rows = labels is null ? [null] : labels.Select(l => (int?)l);
        return rows.Select(label => new CaseRecord(batchCase.Row, ColumnsOf(batchCase, label), error, [])).ToList();
    }

    private IReadOnlyList<KeyValuePair<string, string>> ColumnsOf(BatchCase batchCase, int? label)
    {
        var columns = new List<KeyValuePair<string, string>>(OutputColumns.Count);
        for (int i = 0; i < OutputColumns.Count; i++)
        {
            string name = OutputColumns[i];
            string value = i < batchCase.Cells.Count ? batchCase.Cells[i] : "";
            value = name switch
            {
                "Image" when batchCase.ImagePath.Length > 0 => batchCase.ImagePath,
                "Mask" when batchCase.MaskPath.Length > 0 => batchCase.MaskPath,
                "Label" when WritesLabel && label is { } l => l.ToString(CultureInfo.InvariantCulture),
                _ => value,
            };
            columns.Add(new(name, value));
        }

        return columns;
    }

    /// <summary>A case's file in a case-list column (a region's mask), resolved as Image and Mask are; null when the cell is empty.</summary>
    private Func<string, string?> CellFile(BatchCase batchCase) => column =>
        batchCase.Cells[_cases.Columns.ToList().IndexOf(column)].Trim() is { Length: > 0 } cell ? CaseList.ResolvePath(cell, _cases.Path) : null;

    /// <summary>A failure as one line: the message of an input or settings error, "internal error (Type): …" otherwise.</summary>
    internal static string Describe(Exception e) => e switch
    {
        AggregateException { InnerExceptions.Count: > 0 } aggregate => Describe(aggregate.Flatten().InnerExceptions[0]),
        ExtractionException or Radiomics.IO.ImageFormatException or IOException or UnauthorizedAccessException or Radiomics.Configuration.ParameterException
            or Radiomics.Dicom.DicomFormatException or Radiomics.Dicom.Writing.DicomWriteException or UsageException or InputException
            => e.Message.ReplaceLineEndings(" "),
        _ => $"internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}",
    };
}
