using System.CommandLine;
using System.Globalization;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Configuration;
using Radiomics.Extraction;

namespace Radiomics.Cli.Slicer;

/// <summary>
/// <c>radiomics [--label N] IMAGE MASK TABLE.csv [PARAMS]</c>: the command 3D Slicer runs for the module
/// <c>radiomics --xml</c> describes (<see cref="SlicerModule"/>), with its flags and positional parameters exactly as
/// declared there. It extracts the features of label N and writes them as <see cref="SlicerTable"/> says.
/// </summary>
public sealed class SlicerCommand : CliCommand
{
    private Argument<string> _image = null!;
    private Argument<string> _mask = null!;
    private Argument<string> _table = null!;
    private Argument<string?> _parameters = null!;
    private Option<int?> _label = null!;

    public SlicerCommand()
        : base("slicer", "3D Slicer's CLI module: the features of one label as a Feature,Value table (radiomics --xml describes it)")
    {
    }

    /// <summary>Whether positional <paramref name="paths"/> are this form's: IMAGE MASK TABLE.csv, and optionally a parameter file.</summary>
    public static bool IsForm(IReadOnlyList<string> paths) =>
        paths.Count is 3 or 4 && paths[2].EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
        && (paths.Count == 3 || IsParameterFile(paths[3]));

    protected override void Declare()
    {
        _image = Positional("IMAGE", "the image (any format extract reads; Slicer passes a NRRD file)");
        _mask = Positional("MASK", "the label map (Slicer passes a NRRD file), or an RTSTRUCT/SEG as in extract");
        _table = Positional("TABLE", "the CSV to write: Feature,Value, one row per feature (and TABLE.schema.csv, which types the columns for Slicer)");
        _parameters = Positional(new Argument<string?>("PARAMS")
        {
            Description = "a PyRadiomics parameter file (.yaml, .yml, .json); default: PyRadiomics' defaults",
            Arity = ArgumentArity.ZeroOrOne,
        });
        _label = Add(OptionValues.Integer("--" + SlicerModule.Label.LongFlag, "N", (int)SlicerModule.Label.Constraints!.Value.Minimum,
            $"the label of the region of interest (Slicer passes it, default {SlicerModule.Label.Default}; without it the parameter file's label, else 1)"));
    }

    public override string Details =>
        "3D Slicer runs this form when the module is installed (docs/slicer.md): flags first, then IMAGE, MASK, TABLE and PARAMS as the "
        + "module description (radiomics --xml) numbers them. 'radiomics slicer …' is the same.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics --label 1 tests/data/ibsi1/ct_phantom/nifti/image/phantom.nii.gz tests/data/ibsi1/ct_phantom/nifti/mask/mask.nii.gz features.csv tests/data/pyradiomics-parity/ct-phantom-original.params.yaml",
            "what Slicer runs: label 1, the features in features.csv (and features.schema.csv)"),
        new("radiomics tests/data/ibsi1/ct_phantom/nifti/image/phantom.nii.gz tests/data/ibsi1/ct_phantom/nifti/mask/mask.nii.gz features.csv",
            "without a parameter file: PyRadiomics' defaults"),
        new("radiomics --xml", "the module description Slicer reads"),
    ];

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string imagePath = parsed.GetRequiredValue(_image), maskPath = parsed.GetRequiredValue(_mask), tablePath = parsed.GetRequiredValue(_table);
        string? parameterPath = parsed.GetValue(_parameters);
        int? givenLabel = parsed.GetValue(_label);
        if (!tablePath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"TABLE {tablePath}: the feature table is a .csv file");
        }

        if (parameterPath is not null && !IsParameterFile(parameterPath))
        {
            throw new UsageException($"PARAMS {parameterPath}: a parameter file is .yaml, .yml or .json");
        }

        OutputLocation.CheckFile("TABLE", tablePath);
        ExtractionParameters parameters = parameterPath is null ? ExtractionParameters.Default : PipelineParameters.Load(parameterPath);
        LoadedCase loaded = InputLoader.LoadCase(imagePath, maskPath, null, givenLabel);
        if ((loaded.SelectedLabel ?? givenLabel) is { } label)
        {
            parameters = parameters.WithSettingOverrides([new("label", ParameterValue.FromText(label.ToString(CultureInfo.InvariantCulture)))]);
        }

        foreach (string note in loaded.Notes)
        {
            error.WriteLine($"radiomics: warning: {note.ReplaceLineEndings(" ")}");
        }

        FeatureResult result = new RadiomicsExtractor(parameters).Extract(loaded.Image, loaded.Mask, InputLoader.Describe(imagePath), InputLoader.Describe(maskPath));
        int rows = SlicerTable.Write(tablePath, result);
        output.WriteLine($"wrote {rows} features of label {parameters.Settings.Mask.Label} to {tablePath}");
        return ExitCodes.Success;
    }

    private static bool IsParameterFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
