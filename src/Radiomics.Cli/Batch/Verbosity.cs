namespace Radiomics.Cli.Batch;

/// <summary>How much <c>radiomics batch</c> prints on the console (the --log-file always gets everything).</summary>
public enum Verbosity
{
    /// <summary>Only the final summary and fatal errors.</summary>
    Quiet,

    /// <summary>Progress (a live bar on a terminal, else one line per finished case) and failures.</summary>
    Normal,

    /// <summary>Also resumed cases, per-label outcomes, timings and journal steps.</summary>
    Detailed,
}
