using System.CommandLine;
using Radiomics.Analysis.Models;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// The outcome of <c>model train</c> and <c>model evaluate</c>: <c>--outcome COLUMN [--positive VALUE]</c> for a binary
/// outcome, or <c>--time COLUMN --event COLUMN</c> for a right-censored survival outcome; one or the other.
/// </summary>
internal sealed class ModelOutcomeOptions
{
    public Option<string?> Outcome { get; } = OptionValues.Text("--outcome", "COLUMN",
        "the binary outcome column (two values; the case value is --positive); for logistic models");

    public Option<string?> Positive { get; } = OptionValues.Text("--positive", "VALUE",
        "the --outcome value that marks a case (default 1); the column must hold it and one other value");

    public Option<string?> Time { get; } = OptionValues.Text("--time", "COLUMN",
        "the follow-up time column (finite, non-negative numbers); with --event, for Cox models");

    public Option<string?> Event { get; } = OptionValues.Text("--event", "COLUMN",
        "the event column: 1 = event (death, progression), 0 = censored; with --time");

    public IEnumerable<Option> All => [Outcome, Positive, Time, Event];

    /// <summary>The outcome the options name.</summary>
    /// <exception cref="UsageException">Neither or both kinds, half a survival outcome, or --positive without --outcome.</exception>
    public ModelOutcome Resolve(ParseResult parsed)
    {
        string? label = parsed.GetValue(Outcome), time = parsed.GetValue(Time), died = parsed.GetValue(Event);
        if (label is not null && (time is not null || died is not null))
        {
            throw new UsageException("give --outcome COLUMN (binary) or --time COLUMN --event COLUMN (survival), not both");
        }

        if (label is not null)
        {
            return ModelOutcome.Binary(label, parsed.GetValue(Positive) ?? "1");
        }

        if (parsed.GetValue(Positive) is not null)
        {
            throw new UsageException("--positive goes with --outcome COLUMN");
        }

        if (time is null && died is null)
        {
            throw new UsageException("give the outcome: --outcome COLUMN (binary) or --time COLUMN --event COLUMN (survival)");
        }

        if (time is null || died is null)
        {
            throw new UsageException(time is null ? "--event needs --time COLUMN too" : "--time needs --event COLUMN too");
        }

        return ModelOutcome.Survival(time, died);
    }
}
