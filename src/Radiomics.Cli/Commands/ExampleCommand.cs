using System.CommandLine;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Configuration;
using Radiomics.Examples;
using Radiomics.Extraction;

namespace Radiomics.Cli.Commands;

/// <summary><c>radiomics example</c>: extracts a built-in synthetic CT lesion, so a fresh install can be tried at once.</summary>
public sealed class ExampleCommand : CliCommand
{
    private ParameterOptions _parameters = null!;
    private Option<string?> _out = null!;
    private Option<string?> _format = null!;
    private Option<bool> _skipNans = null!;

    public ExampleCommand()
        : base("example", "extract features of a built-in synthetic CT lesion (no input files needed)")
    {
    }

    protected override void Declare()
    {
        _parameters = new();
        foreach (Option option in _parameters.All)
        {
            Add(option);
        }

        _out = Add(OptionValues.Text("--out", "FILE", "write the result to FILE (atomically) instead of the console; the format follows the extension (.csv, .json, .txt)", "-o"));
        _format = Add(OptionValues.Text("--format", "F", $"{OutputOptions.Names} (default: from --out's extension, else the table)", "-f"));
        _skipNans = Add(SharedOptions.SkipNans());
    }

    public override string Details =>
        "Generates a small synthetic CT-like volume (64x64x24 voxels, 0.8x0.8x2.5 mm) with a lobulated, heterogeneous lesion (label 1) "
        + "and extracts its features with the given (or default) parameters.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics example", "the default features of the synthetic lesion, as a table"),
        new("radiomics example -s binWidth:10 -f json", "with a setting override, as JSON"),
    ];

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string? outPath = parsed.GetValue(_out);
        string format = OutputOptions.ResolveFormat(parsed.GetValue(_format), outPath);
        if (outPath is not null)
        {
            OutputLocation.CheckFile("--out", outPath);
        }

        ExtractionParameters parameters = _parameters.Load(parsed);
        var (image, mask) = SyntheticCase.Create();
        FeatureResult result = new RadiomicsExtractor(parameters).Extract(
            image, mask, new InputDescription("built-in synthetic CT", null), new InputDescription("built-in synthetic lesion mask", null));
        OutputOptions.Write(NanFilter.Apply(result.Entries, parsed.GetValue(_skipNans)), format, outPath,
            [new("Image", "example:synthetic-ct"), new("Mask", "example:synthetic-lesion")], output);
        return ExitCodes.Success;
    }
}
