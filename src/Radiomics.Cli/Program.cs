using Radiomics.Cli.Commands;
using Radiomics.Cli.Commands.Analysis;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli;

/// <summary>The <c>radiomics</c> tool: parses the command line, runs one command, prints one-line errors.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the tool with explicit writers (the tests call this).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error) => CreateTool().Run(args, output, error);

    /// <summary>
    /// The command tree: the commands in help order and the forms without a command word (PyRadiomics'
    /// <c>radiomics IMAGE MASK</c> and <c>radiomics CASES.csv</c>).
    /// </summary>
    public static CommandLineTool CreateTool()
    {
        var extract = new ExtractCommand();
        var batch = new BatchCommand();
        var slicer = new Slicer.SlicerCommand();
        var forms = new RootForms(
        [
            new("radiomics IMAGE MASK [OPTIONS]", "PyRadiomics' form of 'radiomics extract IMAGE MASK'", extract, paths => paths.Count == 2),
            new("radiomics CASES.csv [OPTIONS]", "PyRadiomics' form of 'radiomics batch CASES.csv'", batch,
                paths => paths is [string csv] && csv.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)),
            new("radiomics [--label N] IMAGE MASK TABLE.csv [PARAMS]", "3D Slicer's form of 'radiomics slicer' (the module 'radiomics --xml' describes)", slicer,
                Slicer.SlicerCommand.IsForm),
        ]);
        return new CommandLineTool(
            [extract, new ExampleCommand(), batch, new MergeCommand(), new ReportCommand(), new PerturbCommand(), new RobustnessCommand(), new DicomCommand(), new ConvertCommand(), new IbsiCheckCommand(),
             new IccCommand(), new HarmonizeCommand(), new SelectCommand(), new ModelCommand(), new BundleCommand(), new Commands.Regions.RoiCommand(),
             new DeltaCommand(), new Commands.Regions.HabitatsCommand(), slicer],
            forms,
            [
                new("radiomics example", "try the tool on a built-in synthetic lesion"),
                new("radiomics extract tests/data/ibsi1/ct_phantom/nifti/image/phantom.nii.gz tests/data/ibsi1/ct_phantom/nifti/mask/mask.nii.gz -o features.csv",
                    "the features of one case, as PyRadiomics' CSV"),
                new("radiomics cases.csv -p params.yaml -o features.csv -j 2", "PyRadiomics' batch form: many cases, two at a time"),
            ]);
    }
}
