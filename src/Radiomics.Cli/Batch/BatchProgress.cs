using System.Globalization;
using Spectre.Console;

namespace Radiomics.Cli.Batch;

/// <summary>
/// Shows a batch's progress: on a terminal a live Spectre.Console bar (cases done, failed, ETA) on stderr; otherwise
/// (redirected, CI) one plain log line per finished case. Failures are always logged; under a live bar they are
/// printed once it ends.
/// </summary>
public sealed class BatchProgress
{
    private readonly BatchLog _log;
    private readonly int _total;
    private readonly object _gate = new();
    private readonly List<string> _deferred = [];
    private int _done;
    private int _failed;

    public BatchProgress(BatchLog log, int total, int alreadyDone)
    {
        _log = log;
        _total = total;
        _done = alreadyDone;
    }

    public int Failed => _failed;

    /// <summary>True when stderr is an interactive terminal that can draw a live bar.</summary>
    public static bool CanDrawLive(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("CI") is null && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    /// <summary>Runs <paramref name="work"/>, which calls the given callback once per finished case (from any thread).</summary>
    public void Run(bool live, Action<Action<CaseOutcome>> work)
    {
        if (!live)
        {
            work(Report);
            return;
        }

        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        _log.ConsoleMuted = true;
        try
        {
            console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    ProgressTask task = context.AddTask(Describe(), maxValue: Math.Max(1, _total));
                    task.Value = _done;
                    work(outcome =>
                    {
                        Report(outcome);
                        lock (_gate)
                        {
                            task.Value = _done;
                            task.Description = Describe();
                        }
                    });
                });
        }
        finally
        {
            _log.ConsoleMuted = false;
        }

        foreach (string message in _deferred)
        {
            _log.Write(Verbosity.Normal, message);
        }
    }

    private void Report(CaseOutcome outcome)
    {
        int done;
        lock (_gate)
        {
            done = ++_done;
            _failed += outcome.Failed ? 1 : 0;
        }

        string seconds = outcome.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        string name = outcome.Case.DisplayName;
        if (outcome.Failed)
        {
            string errors = string.Join("; ", outcome.Records.Where(r => r.Failed).Select(r => LabelOf(r) + r.Error).Distinct());
            string message = $"[{done}/{_total}] {name} FAILED: {errors}";
            _log.Normal(message);
            if (_log.ConsoleMuted)
            {
                lock (_gate)
                {
                    _deferred.Add(message);
                }
            }
        }
        else
        {
            _log.Normal($"[{done}/{_total}] {name} ok, {outcome.Records.Count} row(s), {seconds} s");
        }

        foreach (CaseRecord record in outcome.Records)
        {
            _log.Detailed($"    {LabelOf(record)}{(record.Failed ? "failed: " + record.Error : record.Entries.Count + " values")}");
        }
    }

    private string Describe() => $"{_done}/{_total} cases, {_failed} failed";

    private static string LabelOf(CaseRecord record) =>
        record.Columns.FirstOrDefault(c => c.Key == "Label") is { Key: not null, Value.Length: > 0 } label ? $"label {label.Value}: " : "";
}
