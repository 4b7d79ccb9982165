using Radiomics.Configuration;
using Radiomics.Examples;
using Radiomics.Extraction;

namespace Radiomics.Cli.Commands;

/// <summary><c>radiomics example</c>: extracts a built-in synthetic CT lesion, so a fresh install can be tried at once.</summary>
public sealed class ExampleCommand : ICommand
{
    private static readonly string[] ValueOptions = ["--params", "--setting", "--out", "--format"];

    public string Name => "example";

    public string Summary => "extract features of a built-in synthetic CT lesion (no input files needed)";

    public string Usage => """
        usage: radiomics example [--params FILE] [--setting KEY:VALUE]... [--out FILE] [--format table|json|csv]

          Generates a small synthetic CT-like volume (64×64×24 voxels, 0.8×0.8×2.5 mm) with a lobulated,
          heterogeneous lesion (label 1) and extracts its features with the given (or default) parameters.
        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        Arguments arguments = Arguments.Parse(args, ValueOptions, []);
        if (arguments.Positional.Count != 0)
        {
            throw new UsageException("example takes no positional arguments");
        }

        string? outPath = arguments.Value("--out");
        string format = OutputOptions.ResolveFormat(arguments.Value("--format"), outPath);
        ExtractionParameters parameters = ExtractCommand.LoadParameters(arguments);
        var (image, mask) = SyntheticCase.Create();
        FeatureResult result = new RadiomicsExtractor(parameters).Extract(
            image, mask, new InputDescription("built-in synthetic CT", null), new InputDescription("built-in synthetic lesion mask", null));
        OutputOptions.Write(result, format, outPath, [new("Image", "example:synthetic-ct"), new("Mask", "example:synthetic-lesion")], output);
        return 0;
    }
}
