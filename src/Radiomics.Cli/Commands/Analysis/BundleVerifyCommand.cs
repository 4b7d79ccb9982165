using System.CommandLine;
using Radiomics.Analysis.Bundles;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// <c>radiomics bundle verify BUNDLE</c>: re-checks a bundle's SHA-256 and that this build computes its check case bit
/// for bit as the build that made it (<see cref="BundleVerifier"/>).
/// </summary>
public sealed class BundleVerifyCommand : CliCommand
{
    private Argument<string> _bundle = null!;
    private Option<bool> _quiet = null!;

    public BundleVerifyCommand()
        : base("verify", "check a bundle's SHA-256 and that this build computes its features exactly as the build that made it")
    {
    }

    protected override void Declare()
    {
        _bundle = Positional("BUNDLE", "a bundle written by 'radiomics bundle create'");
        _quiet = Add(OptionValues.Flag("--quiet", "print nothing when the bundle passes (the exit status says it); a failure is still one line", "-q"));
    }

    public override string Details =>
        "Three checks: the content's SHA-256 (any changed byte fails), the parameter file binding to the recorded settings, and the check "
        + "case (regenerated from its seed) giving every recorded feature value bit for bit. A failure is one line and exit status 1; "
        + "'radiomics bundle predict' runs the same checks first and refuses a bundle that fails them.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics bundle verify study.rbundle", "verify a bundle before deploying it at a new site"),
        new("radiomics bundle verify -q /shared/studies/lung-2026.rbundle && echo ok", "in a script: only the exit status"),
    ];

    public override IReadOnlyList<(int Code, string Meaning)> ExitStatuses => BundleExitCodes.Single;

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string path = parsed.GetRequiredValue(_bundle);
        var (pipeline, compared) = Open(path);
        ModelBundle bundle = pipeline.Bundle;
        if (parsed.GetValue(_quiet))
        {
            return ExitCodes.Success;
        }

        output.WriteLine($"{path}: verified: content SHA-256 {bundle.ContentSha256}; {compared} check-case feature values reproduced bit for bit "
            + $"(made with {bundle.Tool} {bundle.ToolVersion}, verified with {AnalysisProvenance.CurrentVersion})");
        return ExitCodes.Success;
    }

    /// <summary>Reads, checks and verifies a bundle; returns it ready to apply, with the number of values compared.</summary>
    /// <exception cref="InputException">Any check fails (one line).</exception>
    internal static (BundlePipeline Pipeline, int Compared) Open(string path) =>
        ModelFailures.Run(path, () =>
        {
            BundlePipeline pipeline = BundlePipeline.Open(BundleFile.Read(path), path);
            return (pipeline, BundleVerifier.Verify(pipeline, path));
        });
}
