namespace Radiomics.Cli.Syntax;

/// <summary>
/// The tool's exit statuses. Scripts depend on them: 0 done; 1 an input could not be read or used; 2 the command line
/// cannot run as given; 3 a batch (or merge) finished but some cases failed; 70 a bug (<c>EX_SOFTWARE</c> of
/// sysexits.h). An extraction setting is an input wherever it is given: a bad value or combination exits 1 from the
/// parameter file and from <c>--setting</c> alike; a <c>--setting</c> that is not KEY:VALUE, like any other malformed
/// option, exits 2 (docs/limits.md).
/// </summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>
    /// A missing or damaged input file, a parameter file with an error, a setting's value or a combination of settings
    /// that cannot run (from the file or <c>--setting</c>), an input beyond <c>--max-voxels</c>, an extraction that failed.
    /// </summary>
    public const int InputError = 1;

    /// <summary>
    /// An unknown command or option, a missing or malformed option value, an output path that cannot be written, a batch
    /// case list that cannot be used.
    /// </summary>
    public const int UsageError = 2;

    /// <summary><c>batch</c> and <c>merge</c>: the output is complete but some cases (or labels) failed.</summary>
    public const int CasesFailed = 3;

    /// <summary>An unexpected exception: a bug to report.</summary>
    public const int InternalError = 70;

    /// <summary>The meanings printed under "exit status" in the help of most commands.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> Common { get; } =
    [
        (Success, "done"),
        (InputError, "an input could not be read or used (missing or damaged file, parameter file error, a setting's value or combination, also from --setting, an input over --max-voxels, failed extraction)"),
        (UsageError, "the command line cannot run as given (unknown option, missing or malformed option value such as --setting without KEY:VALUE, unwritable output path)"),
        (InternalError, "internal error: a bug; please report it (RADIOMICS_DEBUG=1 shows the details)"),
    ];

    /// <summary><see cref="Common"/> with <see cref="CasesFailed"/>, for the commands that run many cases.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> WithCases { get; } =
    [
        (Success, "done, every case succeeded"),
        (InputError, "the batch could not run (unreadable parameter file, a setting's value or combination, also from --setting, journal or output not writable)"),
        (UsageError, "the command line cannot run as given (unknown option, missing or malformed option value, unreadable or unusable case list)"),
        (CasesFailed, "the output is complete but some cases failed (see OUT-STEM.errors.csv)"),
        (InternalError, "internal error: a bug; please report it (RADIOMICS_DEBUG=1 shows the details)"),
    ];
}
