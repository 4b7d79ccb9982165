using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary><c>radiomics harmonize fit|apply</c>: ComBat batch harmonisation; it groups the two steps and runs nothing itself.</summary>
public sealed class HarmonizeCommand : CliCommand
{
    public HarmonizeCommand()
        : base("harmonize", "remove scanner or site (batch) effects with ComBat: fit a model, apply it to new samples")
    {
    }

    public override IReadOnlyList<CliCommand> Subcommands { get; } = [new HarmonizeFitCommand(), new HarmonizeApplyCommand()];

    public override IReadOnlyList<Example> Examples => [Subcommands[0].Examples[0], Subcommands[1].Examples[0]];

    protected override void Declare()
    {
    }
}
