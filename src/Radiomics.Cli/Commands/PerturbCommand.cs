using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Radiomics.Cli.Batch;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Extraction.Perturbation;
using Radiomics.Preprocessing.Perturbation;

namespace Radiomics.Cli.Commands;

/// <summary><c>radiomics perturb IMAGE MASK</c>: the features of every perturbed variant of one case, one row each.</summary>
public sealed class PerturbCommand : CliCommand
{
    private Argument<string> _image = null!;
    private Argument<string> _mask = null!;
    private ParameterOptions _parameters = null!;
    private Option<int?> _label = null!;
    private Option<string?> _roi = null!;
    private Option<int?> _jobs = null!;
    private Option<string?> _out = null!;
    private Option<string?> _format = null!;
    private Option<bool> _skipNans = null!;
    private Option<Verbosity> _verbosity = null!;

    public PerturbCommand()
        : base("perturb", "extract the features of perturbed variants of one case (noise, rotation, translation, volume, contour)")
    {
    }

    protected override void Declare()
    {
        _parameters = new();
        _image = Positional("IMAGE", "the image, as for 'radiomics extract' (NIfTI, NRRD, MetaImage or a DICOM series)");
        _mask = Positional("MASK", "the mask, as for 'radiomics extract' (an image file, or a DICOM RTSTRUCT or SEG)");
        foreach (Option option in _parameters.All)
        {
            Add(option);
        }

        _label = Add(OptionValues.Integer("--label", "N", int.MinValue, "the mask label of the ROI (overrides the file's 'label'; default 1)", "-l"));
        _roi = Add(OptionValues.Text("--roi", "NAME", "the RTSTRUCT ROI (or SEG segment) by name, as for 'radiomics extract'"));
        _jobs = Add(OptionValues.Integer("--jobs", "N", 1,
            "variants in parallel (default 1; on 2+ cores, N = cores is the fastest); the output is the same whatever N", "-j"));
        _out = Add(OptionValues.Text("--out", "FILE",
            "the output (required): one row per variant; csv (default), jsonl or parquet from the extension or --format", "-o"));
        _format = Add(OptionValues.Text("--format", "F", "csv, jsonl or parquet: the wide layout of 'radiomics batch', one row (object) per variant", "-f"));
        _skipNans = Add(SharedOptions.SkipNans());
        _verbosity = Add(SharedOptions.VerbosityLevel("Quiet prints nothing but errors."));
    }

    public override string Details =>
        "The parameter file's 'perturbation:' section says which variants (docs/robustness.md): noiseRepetitions, noiseLevel, "
        + "rotationAngles, translationFractions, roiAdaptType, roiAdaptSizes, roiAdaptMaxErosion, randomiseRoiRepetitions, seed; "
        + "every combination of the lists is one variant. Row 0 is the unperturbed case, equal to 'radiomics extract'. "
        + "Each row starts with the variant's columns: perturbation_Id, _NoiseRepetition, _NoiseLevel (the σ added), _Rotation "
        + "(degrees), _Translation (x;y;z voxel fractions), _RoiAdaptSize, _Randomisation, _RoiAdaptDistance (mm applied) and "
        + "_RoiVoxelRatio; then the diagnostics and features. The same seed gives the same file. A variant that fails gets an "
        + "empty row and a line in OUT-STEM.errors.csv.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics perturb tests/data/ibsi1/ct_phantom/nifti/image/phantom.nii.gz tests/data/ibsi1/ct_phantom/nifti/mask/mask.nii.gz -p tests/data/perturbation/ct-phantom-chain.params.yaml -o variants.csv -j 2",
            "96 variants of the IBSI CT phantom (noise x 2, 8 translations, 3 volumes, 2 contour randomisations) and the unperturbed row"),
        new("radiomics perturb image.nii.gz mask.nii.gz -p params.yaml -o variants.parquet", "the same as Parquet"),
    ];

    public override IReadOnlyList<(int Code, string Meaning)> ExitStatuses { get; } =
    [
        (ExitCodes.Success, "done, every variant extracted"),
        (ExitCodes.InputError, "an input could not be read or used (missing or damaged file, parameter file error)"),
        (ExitCodes.UsageError, "the command line cannot run as given (unknown option, missing or bad value, unwritable output path)"),
        (ExitCodes.CasesFailed, "the output is complete but some variants failed (see OUT-STEM.errors.csv)"),
        (ExitCodes.InternalError, "internal error: a bug; please report it (RADIOMICS_DEBUG=1 shows the details)"),
    ];

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        string imagePath = parsed.GetRequiredValue(_image), maskPath = parsed.GetRequiredValue(_mask);
        string outPath = parsed.GetValue(_out) ?? throw new UsageException("--out FILE is required (one row per variant)");
        BatchFormat format = BatchFormats.Resolve(parsed.GetValue(_format), outPath);
        if (format == BatchFormat.Long)
        {
            throw new UsageException("--format long is not available for perturb (its rows are variants, not cases); use csv, jsonl or parquet");
        }

        OutputLocation.CheckFile("--out", outPath);
        int? label = parsed.GetValue(_label);
        ExtractionParameters parameters = _parameters.Load(parsed, label);
        Verbosity verbosity = parsed.GetValue(_verbosity);

        LoadedCase loaded = InputLoader.LoadCase(imagePath, maskPath, parsed.GetValue(_roi), label);
        if (verbosity != Verbosity.Quiet)
        {
            foreach (string note in loaded.Notes)
            {
                error.WriteLine($"radiomics: warning: {note.ReplaceLineEndings(" ")}");
            }
        }

        if (loaded.SelectedLabel is { } selected)
        {
            parameters = parameters.WithSettingOverrides([new("label", ParameterValue.FromText(selected.ToString(CultureInfo.InvariantCulture)))]);
        }

        int jobs = parsed.GetValue(_jobs) ?? 1;
        // --jobs variants side by side, the cores shared out between them.
        var context = new ExtractionContext(CaseThreads.DefaultFor(jobs, Environment.ProcessorCount));
        var perturbed = new PerturbedCase(new RadiomicsExtractor(parameters, context), loaded.Image, loaded.Mask, parameters.Perturbation,
            InputLoader.Describe(imagePath), InputLoader.Describe(maskPath));
        IReadOnlyList<CaseRecord> records = VariantRunner.Run(perturbed, 0, [], jobs, featuresOnly: false, parsed.GetValue(_skipNans));

        OutputLayout layout = FinalOutput.Write(Path.GetFullPath(outPath), format, PerturbationVariant.ColumnNames, () => records);
        if (verbosity != Verbosity.Quiet)
        {
            string errors = layout.Failed > 0 ? $" (errors in {BatchOutputWriter.ErrorsPathFor(Path.GetFullPath(outPath))})" : "";
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"radiomics perturb: {records.Count} variant(s), {layout.Failed} failed{errors}; wrote {outPath} in {clock.Elapsed.TotalSeconds:0.0} s"));
        }

        return layout.Failed > 0 ? ExitCodes.CasesFailed : ExitCodes.Success;
    }
}
