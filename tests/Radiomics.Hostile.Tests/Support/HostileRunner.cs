using System.Diagnostics;
using Radiomics.Cli;

namespace Radiomics.Hostile.Tests.Support;

/// <summary>
/// Runs the tool in-process on hostile inputs, each on its own thread with a time limit, and checks what it did: a
/// result (exit 0, or 3 for a batch whose failed cases are listed) or one error line (exit 1 or 2) — never an internal
/// error (exit 70), an unhandled exception, a stack trace, a "not enough memory", raw control characters or an
/// error line longer than the tool's guard allows.
/// </summary>
/// <remarks>
/// In-process rather than one process per input: 300+ inputs at ~0.2 s of start-up and JIT each would not fit the
/// suite's time budget on two cores, while in-process they share one warm runtime and run side by side. The memory
/// bound holds for the whole test process (its managed heap is capped at 1 GiB: an input that tries to allocate more
/// fails with "not enough memory", a violation), and a stack overflow would end the test run, which fails it loudly.
/// A hang cannot be cancelled in-process: its thread is abandoned (a background thread) and the input reported.
/// </remarks>
public static class HostileRunner
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20);

    /// <summary>The longest error line the tool may print (its guard cuts messages to 2000 characters).</summary>
    public const int MaxLineLength = 2100;

    public static HostileOutcome Run(HostileCase hostile)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int? code = null;
        Exception? crash = null;
        var thread = new Thread(() =>
        {
            try
            {
                code = Program.Run(hostile.Args, output, error);
            }
            catch (Exception e)
            {
                crash = e;
            }
        })
        {
            IsBackground = true,
            Name = "hostile " + hostile.Name,
        };
        var clock = Stopwatch.StartNew();
        thread.Start();
        bool finished = thread.Join(TimeLimit);
        clock.Stop();
        if (!finished)
        {
            return new HostileOutcome(hostile, null, "", "", clock.Elapsed, $"did not finish within {TimeLimit.TotalSeconds:0} s");
        }

        string errorText;
        lock (error)
        {
            errorText = error.ToString();
        }

        string? violation = crash is not null
            ? $"unhandled {crash.GetType().Name}: {crash.Message}"
            : Check(hostile, code!.Value, errorText);
        return new HostileOutcome(hostile, crash is null ? code : 134, output.ToString(), errorText, clock.Elapsed, violation);
    }

    /// <summary>Runs every case, several at once; the outcomes in the cases' order.</summary>
    public static IReadOnlyList<HostileOutcome> RunAll(IReadOnlyList<HostileCase> cases, int parallelism = 0)
    {
        var outcomes = new HostileOutcome[cases.Count];
        Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Math.Max(2, Environment.ProcessorCount) },
            i => outcomes[i] = Run(cases[i]));
        return outcomes;
    }

    private static string? Check(HostileCase hostile, int code, string error)
    {
        if (code is not (0 or 1 or 2 or 3))
        {
            return $"exit code {code}: {FirstLine(error)}";
        }

        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (string line in lines)
        {
            if (line.Length > MaxLineLength)
            {
                return $"an error line of {line.Length} characters";
            }

            if (line.Any(c => c < 0x20 && c != '\r' || c == '\x7F'))
            {
                return $"a raw control character in: {Printable(line)}";
            }

            if (line.Contains("internal error", StringComparison.Ordinal) || line.StartsWith("   at ", StringComparison.Ordinal))
            {
                return $"internal error or stack trace: {Printable(line)}";
            }

            if (line.Contains("not enough memory", StringComparison.Ordinal) || line.Contains("Insufficient memory", StringComparison.Ordinal))
            {
                return $"ran out of memory: {Printable(line)}";
            }
        }

        int errorLines = lines.Count(l => l.StartsWith("radiomics: error:", StringComparison.Ordinal) || l.StartsWith("radiomics: unknown command", StringComparison.Ordinal));
        if (code is 1 or 2 && errorLines != 1)
        {
            return $"exit {code} with {errorLines} error lines: {Printable(error)}";
        }

        if (code is 0 or 3 && errorLines != 0)
        {
            return $"exit {code} with an error line: {Printable(error)}";
        }

        if (hostile.ErrorsCsv is { } errors && File.Exists(errors) && File.ReadAllText(errors) is { } listed
            && (listed.Contains("internal error", StringComparison.Ordinal) || listed.Contains("not enough memory", StringComparison.Ordinal)))
        {
            return $"a batch case failed with an internal error: {Printable(listed)}";
        }

        return null;
    }

    private static string FirstLine(string text) => Printable(text.Split('\n').FirstOrDefault() ?? "");

    private static string Printable(string text) =>
        new string(text.Take(400).Select(c => c < 0x20 || c == '\x7F' ? '?' : c).ToArray());
}
