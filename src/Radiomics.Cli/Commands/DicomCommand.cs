using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands;

/// <summary><c>radiomics dicom SUBCOMMAND</c>: the DICOM tools (<c>ls</c>, <c>sr-dump</c>); it groups them and runs nothing itself.</summary>
public sealed class DicomCommand : CliCommand
{
    public DicomCommand()
        : base("dicom", "list the DICOM series, structures, segments and reports in a folder (dicom ls DIR); print an SR's measurements (dicom sr-dump)")
    {
    }

    public override IReadOnlyList<CliCommand> Subcommands { get; } = [new DicomListCommand(), new DicomOutput.SrDumpCommand()];

    public override IReadOnlyList<Example> Examples => Subcommands[0].Examples;

    protected override void Declare()
    {
    }
}
