using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary><c>radiomics bundle create|verify|predict</c>: locked-down model bundles; it groups the three and runs nothing itself.</summary>
public sealed class BundleCommand : CliCommand
{
    public BundleCommand()
        : base("bundle", "pack extraction settings, harmonisation and model into one signed file; verify it; predict from images")
    {
    }

    public override IReadOnlyList<CliCommand> Subcommands { get; } = [new BundleCreateCommand(), new BundleVerifyCommand(), new BundlePredictCommand()];

    public override IReadOnlyList<Example> Examples => [Subcommands[0].Examples[0], Subcommands[2].Examples[0]];

    protected override void Declare()
    {
    }
}
