using System.Collections.Concurrent;
using System.Globalization;
using Radiomics.Analysis.Reports;
using Radiomics.Cli.Batch;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Features;

namespace Radiomics.Cli.Reports;

/// <summary>
/// Gathers a batch's report: each worker hands over its case while the image and mask are still loaded, and the
/// case is drawn there and then (in parallel, keeping only the small <see cref="CaseReport"/>); cases a resumed run
/// took from the journal are loaded once more at the end (read only: never extracted again). The page is written
/// after the batch's output, from the journal's records in input order.
/// </summary>
internal sealed class BatchReportCollector
{
    private readonly ConcurrentDictionary<(int Row, int Record), CaseReport> _reports = new();

    /// <summary>This run's rows: per record, its failure (null for a record with features).</summary>
    private readonly ConcurrentDictionary<int, CaseFailure?[]> _outcomes = new();
    private readonly ImagingModality _modality;
    private readonly int _modalityColumn;
    private readonly IReadOnlyList<ComplianceSummary> _compliance;

    /// <param name="compliance">The report's compliance section (<see cref="ReportOptions.ComplianceFrom"/>).</param>
    public BatchReportCollector(CaseList cases, ImagingModality modality, IReadOnlyList<ComplianceSummary> compliance)
    {
        _modality = modality;
        _compliance = compliance;
        _modalityColumn = cases.Columns.ToList().IndexOf("Modality");
    }

    /// <summary>The inspect callback of one label's extraction, recording into <paramref name="recorders"/>.</summary>
    public static Func<int, Action<string, FeatureInput>?> RecordInto(Dictionary<int, CaseReportRecorder> recorders) =>
        label => (recorders[label] = new CaseReportRecorder()).Inspect;

    /// <summary>Draws every label of a case that produced features (the k-th extraction is the row's k-th record).</summary>
    public void Add(BatchCase batchCase, LoadedCase loaded, RadiomicsExtractor extractor, IReadOnlyList<RadiomicsExtractor.LabelExtraction> extractions,
        IReadOnlyDictionary<int, CaseReportRecorder> recorders, IReadOnlyList<CaseRecord> records)
    {
        for (int k = 0; k < extractions.Count; k++)
        {
            if (extractions[k].Result is not { } result)
            {
                continue;
            }

            RadiomicsSettings settings = extractor.ForLabel(extractions[k].Label, batchCase.LabelChannel).Settings;
            _reports[(batchCase.Row, k)] = Draw(batchCase, loaded, settings, result.Entries, recorders.GetValueOrDefault(extractions[k].Label)?.Recorded, records[k].Columns);
        }
    }

    /// <summary>Notes the records this run journalled for a case (their failures; the drawn cases are already kept).</summary>
    public void Observe(IReadOnlyList<CaseRecord> records)
    {
        if (records.Count > 0)
        {
            _outcomes[records[0].Row] = records.Select(r => r.Failed ? Failure(r) : null).ToArray();
        }
    }

    /// <summary>
    /// Writes the report of rows <paramref name="first"/> … <paramref name="end"/> − 1 (in input order) to
    /// <paramref name="path"/>; rows this run did not process are read from <paramref name="journalled"/> (a resumed run).
    /// </summary>
    public void Write(string path, CaseList cases, int first, int end, Func<int, IReadOnlyList<CaseRecord>?> journalled, RadiomicsExtractor extractor, string source)
    {
        var reports = new List<CaseReport>();
        var failures = new List<CaseFailure>();
        for (int row = first; row < end; row++)
        {
            if (_outcomes.TryGetValue(row, out CaseFailure?[]? outcomes))
            {
                for (int k = 0; k < outcomes.Length; k++)
                {
                    if (outcomes[k] is { } failure)
                    {
                        failures.Add(failure);
                    }
                    else if (_reports.TryGetValue((row, k), out CaseReport? drawn))
                    {
                        reports.Add(drawn);
                    }
                }

                continue;
            }

            foreach (CaseRecord record in journalled(row) ?? [])
            {
                if (record.Failed)
                {
                    failures.Add(Failure(record));
                }
                else
                {
                    reports.Add(Reload(cases.Cases[row], record, extractor));
                }
            }
        }

        ReportDocument document = ReportOutput.Document($"Radiomics quality control: {Path.GetFileName(cases.Path)}", reports, source, _compliance) with { Failures = failures };
        ReportOutput.Write(path, document);
    }

    private static CaseFailure Failure(CaseRecord record) => new((record.Row + 1).ToString(CultureInfo.InvariantCulture), record.Columns, record.Error!);

    /// <summary>A case the journal held from an earlier run: loaded again (not extracted) to draw it, with the settings its diagnostics record.</summary>
    private CaseReport Reload(BatchCase batchCase, CaseRecord record, RadiomicsExtractor extractor)
    {
        RadiomicsSettings settings = ResultTable.SettingsOf(record.Entries, extractor.Settings);
        try
        {
            LoadedCase loaded = InputLoader.LoadCase(batchCase.ImagePath, batchCase.MaskPath, batchCase.Roi, batchCase.Labels is [int only] ? only : null);
            return Draw(batchCase, loaded, settings, record.Entries, null, record.Columns);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return CaseReportBuilder.Build(Data(batchCase, null, settings, record.Entries, null, record.Columns) with
            {
                Notes = [$"The inputs could not be read again for the report: {e.Message.ReplaceLineEndings(" ")}"],
            });
        }
    }

    private CaseReport Draw(BatchCase batchCase, LoadedCase? loaded, RadiomicsSettings settings, IReadOnlyList<KeyValuePair<string, ResultValue>> entries,
        RecordedFeatureInput? recorded, IReadOnlyList<KeyValuePair<string, string>> columns)
    {
        CaseReportData data = Data(batchCase, loaded, settings, entries, recorded, columns);
        try
        {
            return CaseReportBuilder.Build(data);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A case the report cannot draw is shown without images; the batch's own output is not affected.
            return CaseReportBuilder.Build(data with { Image = null, Mask = null, Notes = [.. data.Notes, $"The report could not draw this case: {e.Message.ReplaceLineEndings(" ")}"] });
        }
    }

    private CaseReportData Data(BatchCase batchCase, LoadedCase? loaded, RadiomicsSettings settings, IReadOnlyList<KeyValuePair<string, ResultValue>> entries,
        RecordedFeatureInput? recorded, IReadOnlyList<KeyValuePair<string, string>> columns)
    {
        string? labelText = columns.FirstOrDefault(c => c.Key == "Label").Value;
        ImagingModality modality = _modality != ImagingModality.Unknown || _modalityColumn < 0 || _modalityColumn >= batchCase.Cells.Count
            ? _modality
            : ReportOptions.Parse(batchCase.Cells[_modalityColumn]);
        return new CaseReportData(batchCase.Id is { Length: > 0 } id ? id : (batchCase.Row + 1).ToString(CultureInfo.InvariantCulture), loaded?.Image, loaded?.Mask, entries)
        {
            Label = int.TryParse(labelText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int label) ? label : null,
            Settings = settings,
            Recorded = recorded,
            Modality = modality,
            Notes = loaded?.Notes ?? [],
            ImagePath = batchCase.ImagePath,
            MaskPath = batchCase.MaskPath,
        };
    }
}
