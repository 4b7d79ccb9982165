using System.Globalization;

namespace Radiomics.Cli.Batch;

/// <summary>
/// The batch's messages: to the console (stderr) at the chosen <see cref="Verbosity"/>, unless a live progress bar
/// owns it, and to the --log-file (appended, every message, timestamped). Thread-safe.
/// </summary>
public sealed class BatchLog : IDisposable
{
    private readonly object _gate = new();
    private readonly TextWriter _console;
    private readonly StreamWriter? _file;

    public BatchLog(TextWriter console, Verbosity verbosity, string? logFile)
    {
        _console = console;
        Verbosity = verbosity;
        if (logFile is not null)
        {
            _file = new StreamWriter(new FileStream(logFile, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true, NewLine = "\n" };
        }
    }

    public Verbosity Verbosity { get; }

    /// <summary>True while a live progress display draws on the console; messages then go to the log file only.</summary>
    public bool ConsoleMuted { get; set; }

    /// <summary>Writes one message; control characters are escaped and it is cut to one readable line (it may quote input).</summary>
    public void Write(Verbosity level, string message)
    {
        message = Radiomics.IO.SafeText.Escape(message, 2000);
        lock (_gate)
        {
            _file?.WriteLine($"[{DateTime.Now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}] {message}");
            if (!ConsoleMuted && level <= Verbosity)
            {
                _console.WriteLine(message);
            }
        }
    }

    public void Normal(string message) => Write(Verbosity.Normal, message);

    public void Detailed(string message) => Write(Verbosity.Detailed, message);

    /// <summary>Always shown (the summary).</summary>
    public void Always(string message) => Write(Verbosity.Quiet, message);

    public void Dispose() => _file?.Dispose();
}
