using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Radiomics.Analysis.Bundles;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Batch;
using Radiomics.Cli.Syntax;
using Radiomics.Extraction;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// <c>radiomics bundle predict BUNDLE IMAGE MASK</c> and <c>radiomics bundle predict BUNDLE --cases CASES.csv</c>: from
/// images to predictions in one step with the bundle's settings only, after the checks of <c>bundle verify</c>.
/// </summary>
public sealed class BundlePredictCommand : CliCommand
{
    private Argument<string> _bundle = null!;
    private Argument<string?> _image = null!;
    private Argument<string?> _mask = null!;
    private Option<string?> _cases = null!;
    private Option<int?> _label = null!;
    private Option<string?> _roi = null!;
    private Option<string?> _batch = null!;
    private Option<string?> _out = null!;
    private Option<string?> _refusedParams = null!;
    private Option<string[]> _refusedSetting = null!;

    public BundlePredictCommand()
        : base("predict", "predict from images with a bundle's settings, harmonisation and model (after verifying the bundle)")
    {
    }

    protected override void Declare()
    {
        _bundle = Positional("BUNDLE", "a bundle written by 'radiomics bundle create'");
        _image = Positional(new Argument<string?>("IMAGE")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "one case's image, as 'radiomics extract' reads it: NIfTI, NRRD, MetaImage, or a DICOM series (folder or file); or give --cases",
        });
        _mask = Positional(new Argument<string?>("MASK")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "its mask: an image file, or a DICOM RTSTRUCT or SEG rasterised on IMAGE's grid",
        });
        _cases = Add(OptionValues.Text("--cases", "CSV",
            "many cases: a case list as 'radiomics batch' reads it (Image, Mask, optional Label, ROI, ID and other columns, carried to the output)"));
        _label = Add(OptionValues.Integer("--label", "N", 1, "the mask label of the ROI (default: the bundle's label); for an RTSTRUCT the ROI number, for a SEG the segment number", "-l"));
        _roi = Add(OptionValues.Text("--roi", "NAME", "the RTSTRUCT ROI (or SEG segment) by name: exact, ignoring case, regex:PATTERN, a glob or #N"));
        _batch = Add(OptionValues.Text("--batch", "NAME",
            "the case's ComBat batch (scanner, site), one the bundle's harmonisation was fitted on; required when the bundle harmonises. "
            + "With --cases, a column of CASES.csv named as the harmonisation's batch column gives each case's own"));
        _out = Add(OptionValues.Text("--out", "FILE", $"write the predictions to FILE ({AnalysisOutput.Extensions}; written atomically) instead of the console", "-o"));
        _refusedParams = Add(new Option<string?>("--params", "-p", "--param") { Hidden = true });
        _refusedSetting = Add(new Option<string[]>("--setting", "-s") { Hidden = true, Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false });
    }

    public override string Details =>
        "Before any case, the bundle is checked as 'radiomics bundle verify' checks it (SHA-256, settings, check case); a bundle that fails "
        + "is refused. The extraction uses the bundle's parameter file and nothing else: --params and --setting are refused. Each row holds "
        + "the case's columns, its batch, linear_predictor (and probability for a logistic model), then bundle_sha256, tool_version, "
        + "image_sha256 and mask_sha256 (empty for a DICOM folder), and with --cases an error column (empty when the case succeeded). "
        + "The predictions equal 'radiomics extract' with the bundle's parameter file, then 'harmonize apply' and 'model predict', bit for bit.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics bundle predict study.rbundle tests/data/ibsi1/ct_phantom/nifti/image/phantom.nii.gz tests/data/ibsi1/ct_phantom/nifti/mask/mask.nii.gz --batch scannerA",
            "one case of batch scannerA, on the console"),
        new("radiomics bundle predict study.rbundle --cases cases.csv --out predictions.csv", "every case of a case list"),
    ];

    public override IReadOnlyList<(int Code, string Meaning)> ExitStatuses => BundleExitCodes.WithCases;

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        RefuseOverrides(parsed);
        string bundlePath = parsed.GetRequiredValue(_bundle);
        string? image = parsed.GetValue(_image), mask = parsed.GetValue(_mask), cases = parsed.GetValue(_cases), outPath = parsed.GetValue(_out);
        CheckInputs(parsed, image, mask, cases);
        if (outPath is not null)
        {
            PredictionOutput.Check("--out", outPath);
        }

        var (pipeline, _) = BundleVerifyCommand.Open(bundlePath);
        if (cases is null || parsed.GetValue(_batch) is not null)
        {
            ModelFailures.Run(bundlePath, () => pipeline.CheckBatch(parsed.GetValue(_batch)));
        }

        string[] inputs = cases is null ? [bundlePath] : [bundlePath, cases];
        Action<Utf8JsonWriter> provenance = json => WriteProvenance(json, pipeline.Bundle.ContentSha256!, inputs);
        return cases is null
            ? PredictOne(parsed, pipeline, bundlePath, image!, mask!, outPath, provenance, output, error)
            : PredictMany(parsed, pipeline, bundlePath, cases, outPath, provenance, output, error);
    }

    private int PredictOne(ParseResult parsed, BundlePipeline pipeline, string bundlePath, string image, string mask, string? outPath, Action<Utf8JsonWriter> provenance,
        TextWriter output, TextWriter error)
    {
        int? label = parsed.GetValue(_label);
        string? roi = parsed.GetValue(_roi);
        LoadedCase loaded = InputLoader.LoadCase(image, mask, roi, label);
        foreach (string note in loaded.Notes)
        {
            error.WriteLine($"radiomics: warning: {note.ReplaceLineEndings(" ")}");
        }

        InputDescription imageSource = InputLoader.Describe(image), maskSource = InputLoader.Describe(mask);
        FeatureResult result = pipeline.Extract(loaded.Image, loaded.Mask, imageSource, maskSource, loaded.SelectedLabel ?? label);
        string? batch = parsed.GetValue(_batch);
        string id = Path.GetFileName(Path.TrimEndingDirectorySeparator(image));
        ModelPredictions predictions = ModelFailures.Run(bundlePath, () => pipeline.Predict([id], [result.Features.ToDictionary()], [batch]));

        var columns = new List<string> { "Image", "Mask" };
        var row = new List<object> { image, mask };
        if (label is not null || roi is not null)
        {
            columns.AddRange(["Label", "ROI"]);
            row.AddRange([label?.ToString(CultureInfo.InvariantCulture) ?? "", roi ?? ""]);
        }

        AddPrediction(pipeline, columns, row, batch, predictions, 0, imageSource.FileSha256, maskSource.FileSha256);
        PredictionOutput.Write(outPath, columns, [[.. row]], provenance, output);
        Report(error, pipeline, 1, 0, outPath);
        return ExitCodes.Success;
    }

    private int PredictMany(ParseResult parsed, BundlePipeline pipeline, string bundlePath, string casesPath, string? outPath, Action<Utf8JsonWriter> provenance,
        TextWriter output, TextWriter error)
    {
        CaseList list = CaseList.Read(casesPath);
        var processor = new CaseProcessor(pipeline.Extractor, list, allLabels: false);
        string? batchColumn = pipeline.Bundle.Harmonisation?.Settings.BatchColumn;
        int batchIndex = batchColumn is null ? -1 : list.Columns.ToList().IndexOf(batchColumn);
        string[] carried = processor.OutputColumns.Where(c => c != batchColumn).ToArray();
        var columns = new List<string>(carried);
        var rows = new List<object[]>();
        int failed = 0;
        foreach (BatchCase batchCase in list.Cases)
        {
            string? batch = batchIndex >= 0 && batchIndex < batchCase.Cells.Count && batchCase.Cells[batchIndex].Length > 0 ? batchCase.Cells[batchIndex] : parsed.GetValue(_batch);
            foreach (CaseRecord record in processor.Process(batchCase))
            {
                var row = new List<object>(carried.Select(c => (object)record.Columns.First(p => p.Key == c).Value));
                string? problem = record.Error;
                ModelPredictions? predictions = null;
                if (problem is null)
                {
                    var features = record.Entries.Where(e => e.Value.IsNumber && !e.Key.StartsWith("diagnostics_", StringComparison.Ordinal))
                        .ToDictionary(e => e.Key, e => e.Value.Number);
                    try
                    {
                        predictions = pipeline.Predict([batchCase.DisplayName], [features], [batch]);
                    }
                    catch (BundleException e)
                    {
                        problem = e.Message;
                    }
                }

                var rowColumns = new List<string>();
                AddPrediction(pipeline, rowColumns, row, batch, predictions, 0, Hash(record, "Image"), Hash(record, "Mask"));
                if (columns.Count == carried.Length)
                {
                    columns.AddRange(rowColumns);
                    columns.Add("error");
                }

                row.Add(problem ?? "");
                failed += problem is null ? 0 : 1;
                rows.Add([.. row]);
            }
        }

        if (columns.Count == carried.Length)
        {
            columns.Add("error");
        }

        PredictionOutput.Write(outPath, columns, rows, provenance, output);
        Report(error, pipeline, rows.Count, failed, outPath);
        return failed == 0 ? ExitCodes.Success : ExitCodes.CasesFailed;
    }

    /// <summary>Adds the batch (with harmonisation), the predictions (empty when null), and the provenance columns.</summary>
    private static void AddPrediction(BundlePipeline pipeline, List<string> columns, List<object> row, string? batch, ModelPredictions? predictions, int index,
        string? imageSha256, string? maskSha256)
    {
        if (pipeline.Bundle.Harmonisation is { } combat)
        {
            columns.Add(combat.Settings.BatchColumn);
            row.Add(batch ?? "");
        }

        columns.Add("linear_predictor");
        row.Add(predictions is null ? "" : predictions.LinearPredictor[index]);
        if (pipeline.Bundle.Model.Learner == Learner.Logistic)
        {
            columns.Add("probability");
            row.Add(predictions is null ? "" : predictions.Probability![index]);
        }

        columns.AddRange(["bundle_sha256", "tool_version", "image_sha256", "mask_sha256"]);
        row.AddRange([pipeline.Bundle.ContentSha256!, AnalysisProvenance.CurrentVersion, imageSha256 ?? "", maskSha256 ?? ""]);
    }

    /// <summary>The SHA-256 of a record's image or mask file as its diagnostics give it, else hashed here; empty for a folder.</summary>
    private static string Hash(CaseRecord record, string column)
    {
        string path = record.Columns.FirstOrDefault(p => p.Key == column).Value ?? "";
        return File.Exists(path) ? InputDescription.HashFile(path) : "";
    }

    private static void Report(TextWriter error, BundlePipeline pipeline, int rows, int failed, string? outPath) =>
        error.WriteLine($"radiomics bundle predict: bundle {pipeline.Bundle.ContentSha256![..12]}… verified; {rows} prediction{(rows == 1 ? "" : "s")}"
            + $"{(failed > 0 ? $", {failed} failed" : "")}{(outPath is null ? "" : $"; wrote {outPath}")}");

    /// <summary>The run's provenance (as the other analysis outputs record it): tool, version, command, the bundle's SHA-256, the input files' SHA-256.</summary>
    private static void WriteProvenance(Utf8JsonWriter json, string bundleSha256, IReadOnlyList<string> inputs)
    {
        json.WriteStartObject();
        json.WriteString("format", AnalysisRunProvenance.FormatName);
        json.WriteNumber("version", 1);
        json.WriteString("tool", AnalysisProvenance.ToolName);
        json.WriteString("toolVersion", AnalysisProvenance.CurrentVersion);
        json.WriteString("command", "radiomics bundle predict");
        json.WriteString("bundleSha256", bundleSha256);
        json.WriteStartArray("inputFiles");
        for (int i = 0; i < inputs.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("role", i == 0 ? "bundle" : "cases");
            json.WriteString("path", inputs[i]);
            json.WriteString("sha256", InputDescription.HashFile(inputs[i]));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void RefuseOverrides(ParseResult parsed)
    {
        foreach (Option option in new Option[] { _refusedParams, _refusedSetting })
        {
            if (parsed.GetResult(option) is { Implicit: false })
            {
                throw new UsageException($"{option.Name} is refused: a bundle's extraction settings are locked (they are part of its SHA-256); make a new bundle with 'radiomics bundle create' instead");
            }
        }
    }

    private void CheckInputs(ParseResult parsed, string? image, string? mask, string? cases)
    {
        if (cases is not null)
        {
            if (image is not null)
            {
                throw new UsageException("give IMAGE MASK or --cases CSV, not both");
            }

            foreach (Option option in new Option[] { _label, _roi })
            {
                if (parsed.GetResult(option) is { Implicit: false })
                {
                    throw new UsageException($"{option.Name} is for one case; with --cases the case list's Label and ROI columns give them");
                }
            }

            return;
        }

        if (image is null || mask is null)
        {
            throw new UsageException(image is null ? "give IMAGE MASK (one case) or --cases CSV (many)" : "MASK is missing (radiomics bundle predict BUNDLE IMAGE MASK)");
        }
    }
}
