using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands;

/// <summary><c>radiomics dicom SUBCOMMAND</c>: the DICOM tools (today <c>ls</c>); it groups them and runs nothing itself.</summary>
public sealed class DicomCommand : CliCommand
{
    public DicomCommand()
        : base("dicom", "list the DICOM series, structures and segments in a folder (dicom ls DIR)")
    {
    }

    public override IReadOnlyList<CliCommand> Subcommands { get; } = [new DicomListCommand()];

    public override IReadOnlyList<Example> Examples => Subcommands[0].Examples;

    protected override void Declare()
    {
    }
}
