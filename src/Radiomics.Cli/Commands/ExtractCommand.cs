using System.CommandLine;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.IO;

namespace Radiomics.Cli.Commands;

/// <summary><c>radiomics extract IMAGE MASK</c>: one case, PyRadiomics-compatible output (or voxel maps).</summary>
public sealed class ExtractCommand : CliCommand
{
    private Argument<string> _image = null!;
    private Argument<string> _mask = null!;
    private ParameterOptions _parameters = null!;
    private Option<int?> _label = null!;
    private Option<string?> _roi = null!;
    private Option<string?> _out = null!;
    private Option<string?> _format = null!;
    private Option<bool> _skipNans = null!;
    private Option<Batch.Verbosity> _verbosity = null!;
    private Option<string?> _exportMatrices = null!;
    private Option<string?> _mode = null!;
    private Option<string?> _outDir = null!;
    private Option<string?> _features = null!;
    private IntermediateImageOptions _intermediate = null!;
    private DicomOutput.ReportOptions _dicomSr = null!;
    private InputLimitOptions _limits = null!;
    private Reports.ReportOptions _qcReport = null!;

    public ExtractCommand()
        : base("extract", "extract features of one image and mask")
    {
    }

    protected override void Declare()
    {
        _intermediate = new();
        _parameters = new();
        _limits = new();
        _image = Positional("IMAGE", "NIfTI (.nii, .nii.gz), NRRD (.nrrd, .nhdr) or MetaImage (.mha, .mhd) file, or a DICOM series (a folder, searched recursively, or one file)");
        _mask = Positional("MASK", "an image file as above, or a DICOM RTSTRUCT or SEG file rasterised on IMAGE's grid");
        foreach (Option option in _parameters.All)
        {
            Add(option);
        }

        _label = Add(OptionValues.Integer("--label", "N", int.MinValue,
            "the mask label of the ROI (overrides the file's 'label'; default 1); for an RTSTRUCT the ROI number, for a SEG the segment number", "-l"));
        _roi = Add(OptionValues.Text("--roi", "NAME",
            "the RTSTRUCT ROI (or SEG segment) by name: exact, ignoring case, regex:PATTERN, a glob (GTV*) or #N; without --roi/--label a SEG gives its label map"));
        _out = Add(OptionValues.Text("--out", "FILE",
            "write the result to FILE (atomically, replacing it) instead of the console; the format follows the extension (.csv, .json, .txt) unless --format is given", "-o"));
        _format = Add(OptionValues.Text("--format", "F",
            "table (default on the console; PyRadiomics' txt means the table too), json (one flat object) or csv (PyRadiomics' CSV); with --mode voxel: nrrd (default) or nifti", "-f"));
        _skipNans = Add(SharedOptions.SkipNans());
        _verbosity = Add(SharedOptions.VerbosityLevel("Quiet hides the warnings about the inputs."));
        _exportMatrices = Add(OptionValues.Text("--export-matrices", "DIR",
            "also write every texture matrix (glcm, glrlm, glszm, gldm, ngtdm) per image type as DIR/<image type>/<class>_matrices.csv and .json, for inspection"));
        _mode = Add(OptionValues.Choice("--mode", "M",
            "segment (default: one value per feature) or voxel (a feature map per feature, over the kernel around every ROI voxel; the parameter file's voxelSetting section applies)",
            ["segment", "voxel"], "-m"));
        _outDir = Add(OptionValues.Text("--out-dir", "DIR",
            "voxel mode: write DIR/<map name>.nrrd (or .nii.gz) per map, e.g. original_glcm_Contrast.nrrd, and DIR/voxel-maps.json (settings, version, input hashes); all appear only once complete", "-od"));
        _features = Add(OptionValues.Text("--features", "LIST",
            "voxel mode: only these maps, comma-separated classes (glcm), CLASS_Feature (firstorder_Mean) or map names (wavelet-LLH_glcm_Contrast)"));
        foreach (Option option in _intermediate.All.Concat(_limits.All))
        {
            Add(option);
        }

        _dicomSr = new();
        foreach (Option option in _dicomSr.All)
        {
            Add(option);
        }

        _qcReport = new("also write the quality-control report of the case: one self-contained HTML page (slices with the ROI outlined, intensity "
            + "histogram with the bin edges, re-segmentation's effect, diagnostics, warnings, features); see docs/report.md");
        foreach (Option option in _qcReport.All)
        {
            Add(option);
        }
    }

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics extract tests/data/ibsi1/ct_phantom/nifti/image/phantom.nii.gz tests/data/ibsi1/ct_phantom/nifti/mask/mask.nii.gz",
            "the default features of the IBSI CT phantom, as a table on the console"),
        new("radiomics extract tests/data/ibsi1/ct_phantom/nifti/image/phantom.nii.gz tests/data/ibsi1/ct_phantom/nifti/mask/mask.nii.gz -p tests/data/pyradiomics-parity/ct-phantom-original.params.yaml -o features.csv",
            "PyRadiomics' parameter file, PyRadiomics' CSV in features.csv"),
        new("radiomics tests/data/ibsi1/ct_phantom/nifti/image/phantom.nii.gz tests/data/ibsi1/ct_phantom/nifti/mask/mask.nii.gz -s binWidth:10 -f json",
            "PyRadiomics' form (no command word) with a setting override, as JSON"),
    ];

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string imagePath = parsed.GetRequiredValue(_image), maskPath = parsed.GetRequiredValue(_mask);
        string? outPath = parsed.GetValue(_out);
        bool voxelMode = VoxelModeRequested(parsed);
        string format = voxelMode ? VoxelFormat(parsed.GetValue(_format)) : OutputOptions.ResolveFormat(parsed.GetValue(_format), outPath);
        CheckOutputs(parsed, voxelMode, outPath);
        _dicomSr.Check(parsed, imagePath, voxelMode);
        int? label = parsed.GetValue(_label);
        ExtractionParameters parameters = _parameters.Load(parsed, label, _limits.From(parsed));
        IIntermediateImageSink? intermediate = voxelMode ? null : _intermediate.From(parsed);
        if (!voxelMode)
        {
            Regions.CaseRegions.RequireNoColumns(parameters);
        }

        string? reportPath = _qcReport.PathFrom(parsed);
        IReadOnlyList<Radiomics.Analysis.Reports.ComplianceSummary>? compliance = reportPath is null ? null : _qcReport.ComplianceFrom(parsed);

        LoadedCase loaded = InputLoader.LoadCase(imagePath, maskPath, parsed.GetValue(_roi), label, null, parameters.Settings.Limits);
        if (parsed.GetValue(_verbosity) != Batch.Verbosity.Quiet)
        {
            foreach (string note in loaded.Notes)
            {
                error.WriteLine($"radiomics: warning: {SafeText.Escape(note, 2000)}");
            }
        }

        if (loaded.SelectedLabel is { } selected)
        {
            parameters = parameters.WithSettingOverrides([new("label", ParameterValue.FromText(selected.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        }

        if (voxelMode)
        {
            string[]? features = parsed.GetValue(_features)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return VoxelMapOutput.Run(parameters, loaded, imagePath, maskPath, parsed.GetValue(_outDir)!, format, features, error);
        }

        var extractor = new RadiomicsExtractor(parameters);
        string? matrixFolder = parsed.GetValue(_exportMatrices);
        Action<string, Radiomics.Features.FeatureInput>? exportMatrices = matrixFolder is null
            ? null
            : (prefix, input) =>
            {
                string folder = Path.Combine(matrixFolder, prefix);
                Directory.CreateDirectory(folder);
                Radiomics.Features.Texture.TextureMatrixExport.WriteAll(input, parameters.FeatureClasses?.Select(c => c.Family)
                    ?? Radiomics.Features.FeatureRegistry.DefaultFamilies.Select(f => f.Name), folder);
            };
        var recorder = reportPath is null ? null : new Radiomics.Analysis.Reports.CaseReportRecorder();
        FeatureResult roiResult = extractor.Extract(loaded.Image, loaded.Mask, InputLoader.Describe(imagePath), InputLoader.Describe(maskPath),
            recorder?.Then(exportMatrices) ?? exportMatrices, intermediate);
        FeatureResult result = Regions.CaseRegions.Extend(parameters, roiResult, loaded, maskPath, parsed.GetValue(_verbosity) != Batch.Verbosity.Quiet ? error : null);

        var caseColumns = new List<KeyValuePair<string, string>> { new("Image", imagePath), new("Mask", maskPath) };
        if (label is { } given)
        {
            caseColumns.Add(new("Label", given.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (parsed.GetValue(_roi) is { } roi)
        {
            caseColumns.Add(new("ROI", roi));
        }

        // The DICOM SR describes the ROI itself: its measurements are the ROI's features, without the regions'.
        if (_dicomSr.Write(parsed, imagePath, maskPath, parsed.GetValue(_roi), label, loaded, roiResult, parameters) is { } wrote
            && parsed.GetValue(_verbosity) != Batch.Verbosity.Quiet)
        {
            error.WriteLine($"radiomics: {wrote}");
        }

        OutputOptions.Write(NanFilter.Apply(result.Entries, parsed.GetValue(_skipNans)), format, outPath, caseColumns, output);
        if (reportPath is not null)
        {
            Reports.CaseReportPage.Write(reportPath, loaded, imagePath, maskPath, extractor.Settings, result, recorder!.Recorded, _qcReport.ModalityFrom(parsed), label, compliance!);
        }

        return ExitCodes.Success;
    }

    /// <summary>--mode voxel (checking the options that go with it) or segment.</summary>
    private bool VoxelModeRequested(ParseResult parsed)
    {
        bool voxel = parsed.GetValue(_mode) == "voxel";
        if (voxel)
        {
            if (parsed.GetValue(_outDir) is null)
            {
                throw new UsageException("--mode voxel needs --out-dir DIR (one map file per feature)");
            }

            foreach (Option option in new Option[] { _out, _exportMatrices, _skipNans, _intermediate.Folder, _intermediate.Format, _qcReport.Report, _qcReport.Modality, _qcReport.IbsiCheck })
            {
                if (parsed.GetResult(option) is { Implicit: false })
                {
                    throw new UsageException($"{option.Name} is not available with --mode voxel (maps go to --out-dir)");
                }
            }
        }
        else
        {
            foreach (Option option in new Option[] { _outDir, _features })
            {
                if (parsed.GetResult(option) is { Implicit: false })
                {
                    throw new UsageException($"{option.Name} needs --mode voxel");
                }
            }
        }

        return voxel;
    }

    private static string VoxelFormat(string? format) => format switch
    {
        null or "nrrd" => "nrrd",
        "nifti" => "nifti",
        _ => throw new UsageException($"--format must be nrrd or nifti with --mode voxel, not '{format}'"),
    };

    /// <summary>Every output location, checked before the (slow) load and extraction.</summary>
    private void CheckOutputs(ParseResult parsed, bool voxelMode, string? outPath)
    {
        if (outPath is not null)
        {
            OutputLocation.CheckFile("--out", outPath);
        }

        if (voxelMode)
        {
            OutputLocation.CheckFolder("--out-dir", parsed.GetValue(_outDir)!);
        }

        if (parsed.GetValue(_exportMatrices) is { } matrices)
        {
            OutputLocation.CheckFolder("--export-matrices", matrices);
        }
    }
}
