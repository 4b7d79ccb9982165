using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>The exit statuses of the bundle commands.</summary>
internal static class BundleExitCodes
{
    public static IReadOnlyList<(int Code, string Meaning)> Single { get; } =
    [
        (ExitCodes.Success, "done"),
        (ExitCodes.InputError, "an input could not be read or used: a changed (tampered) bundle, a build that computes the check case differently, "
            + "parts that do not fit together, an unseen batch, a failed extraction"),
        (ExitCodes.UsageError, "the command line cannot run as given (unknown or refused option, missing value, unwritable output path)"),
        (ExitCodes.InternalError, "internal error: a bug; please report it (RADIOMICS_DEBUG=1 shows the details)"),
    ];

    public static IReadOnlyList<(int Code, string Meaning)> WithCases { get; } =
    [
        .. Single.Take(3),
        (ExitCodes.CasesFailed, "--cases: the output is complete but some cases failed (their error column says why)"),
        Single[3],
    ];
}
