using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Radiomics.Analysis.Selection;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// The options of <c>radiomics select</c> that define the pipeline, and their mapping onto a
/// <see cref="SelectionPipeline"/>. Each parameter option belongs to methods; given without any of them it is a usage
/// error, as is a method without the option it needs (mrmr without --top, robust without --robust).
/// </summary>
internal sealed class SelectPipelineOptions
{
    private static readonly string MethodNames = OptionValues.Alternatives(Enum.GetValues<SelectionMethod>().Select(SelectionNames.Of).ToArray());

    public Option<IReadOnlyList<SelectionMethod>?> Method { get; } = new("--method")
    {
        HelpName = "METHOD[,METHOD...]",
        Description = $"the methods, comma-separated, run in this order: {MethodNames}",
        Required = true,
        CustomParser = ParseMethods,
    };

    public Option<double?> Cutoff { get; } = Number("--cutoff", "C", "correlation: drop one of each pair with |r| > C; cluster: cut the tree at 1 - C (default 0.9)");

    public Option<string?> Correlation { get; } = OptionValues.Choice("--correlation", "pearson|spearman",
        "the correlation coefficient of --method correlation (default pearson)", ["pearson", "spearman"]);

    public Option<string?> Outcome { get; } = OptionValues.Text("--outcome", "COLUMN",
        "a binary outcome column (mrmr also takes a numeric one): read by mrmr, univariate and cluster (representative by |AUC - 0.5|)");

    public Option<string?> Time { get; } = OptionValues.Text("--time", "COLUMN", "survival: the follow-up time column (with --event), for univariate and cluster");

    public Option<string?> Event { get; } = OptionValues.Text("--event", "COLUMN", "survival: the event column, 1 = event, 0 = censored (with --time)");

    public Option<int?> Top { get; } = OptionValues.Integer("--top", "K", 1, "mrmr: how many features to keep");

    public Option<string?> Robust { get; } = OptionValues.Text("--robust", "FILE",
        "robust: the robustness list, a CSV with feature and robust columns (as radiomics robustness writes) or one name per line");

    public Option<double?> VarianceThreshold { get; } = Number("--variance-threshold", "V", "variance: drop features with population variance <= V (default 0)");

    public Option<double?> Fdr { get; } = Number("--fdr", "Q", "univariate: keep features whose Benjamini-Hochberg adjusted p <= Q (default 0.05)");

    public IEnumerable<Option> All => [Method, Cutoff, Correlation, Outcome, Time, Event, Top, Robust, VarianceThreshold, Fdr];

    public string? RobustPath(ParseResult parsed) => parsed.GetValue(Robust);

    /// <summary>The pipeline the command line asks for, validated.</summary>
    /// <exception cref="UsageException">An option no listed method reads, a method missing its option, a value out of range.</exception>
    /// <exception cref="InputException">The robustness list cannot be read.</exception>
    public SelectionPipeline Build(ParseResult parsed)
    {
        IReadOnlyList<SelectionMethod> methods = parsed.GetValue(Method)!;
        bool Uses(params SelectionMethod[] any) => methods.Any(any.Contains);
        RequireMethod(parsed, Cutoff, "correlation or cluster", Uses(SelectionMethod.Correlation, SelectionMethod.Cluster));
        RequireMethod(parsed, Correlation, "correlation", Uses(SelectionMethod.Correlation));
        RequireMethod(parsed, Top, "mrmr", Uses(SelectionMethod.Mrmr));
        RequireMethod(parsed, Robust, "robust", Uses(SelectionMethod.Robust));
        RequireMethod(parsed, VarianceThreshold, "variance", Uses(SelectionMethod.Variance));
        RequireMethod(parsed, Fdr, "univariate", Uses(SelectionMethod.Univariate));
        bool supervised = Uses(SelectionMethod.Cluster, SelectionMethod.Mrmr, SelectionMethod.Univariate);
        foreach (Option<string?> option in new[] { Outcome, Time, Event })
        {
            RequireMethod(parsed, option, "cluster, mrmr or univariate", supervised);
        }

        SelectionOutcome? outcome = OutcomeOf(parsed);
        var steps = new List<SelectionStep>();
        foreach (SelectionMethod method in methods)
        {
            steps.Add(method switch
            {
                SelectionMethod.Variance => new VarianceSettings { Threshold = parsed.GetValue(VarianceThreshold) ?? 0 },
                SelectionMethod.Robust => ReadRobust(parsed),
                SelectionMethod.Correlation => new CorrelationFilterSettings
                {
                    Cutoff = parsed.GetValue(Cutoff) ?? 0.9,
                    Correlation = parsed.GetValue(Correlation) == "spearman" ? CorrelationMethod.Spearman : CorrelationMethod.Pearson,
                },
                SelectionMethod.Cluster => new ClusterSettings
                {
                    Cutoff = parsed.GetValue(Cutoff) ?? 0.9,
                    Representative = outcome is null ? ClusterRepresentative.Medoid : ClusterRepresentative.OutcomeAssociation,
                },
                SelectionMethod.Mrmr => new MrmrSettings
                {
                    Top = parsed.GetValue(Top) ?? throw new UsageException("--method mrmr needs --top K (how many features to keep)"),
                },
                _ => new UnivariateSettings { Fdr = parsed.GetValue(Fdr) ?? 0.05 },
            });
        }

        var pipeline = new SelectionPipeline { Steps = steps, Outcome = outcome };
        try
        {
            pipeline.Validate();
        }
        catch (SelectionException e)
        {
            throw new UsageException(e.Message);
        }

        return pipeline;
    }

    private SelectionOutcome? OutcomeOf(ParseResult parsed)
    {
        string? column = parsed.GetValue(Outcome), time = parsed.GetValue(Time), eventColumn = parsed.GetValue(Event);
        if (column is not null && (time is not null || eventColumn is not null))
        {
            throw new UsageException("--outcome cannot be combined with --time/--event: give one outcome");
        }

        if ((time is null) != (eventColumn is null))
        {
            throw new UsageException(time is null ? "--event needs --time COLUMN" : "--time needs --event COLUMN");
        }

        return column is not null ? SelectionOutcome.ForColumn(column) : time is not null ? SelectionOutcome.ForSurvival(time, eventColumn!) : null;
    }

    private RobustSettings ReadRobust(ParseResult parsed)
    {
        string path = parsed.GetValue(Robust) ?? throw new UsageException("--method robust needs --robust FILE (the robustness list)");
        try
        {
            return RobustSettings.Read(path);
        }
        catch (SelectionException e)
        {
            throw new InputException(e.Message);
        }
    }

    private static void RequireMethod(ParseResult parsed, Option option, string methods, bool listed)
    {
        if (!listed && parsed.GetResult(option) is { Implicit: false })
        {
            throw new UsageException($"{option.Name} is used by --method {methods} only; add the method or drop the option");
        }
    }

    private static IReadOnlyList<SelectionMethod>? ParseMethods(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        var methods = new List<SelectionMethod>();
        foreach (string name in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (SelectionNames.Parse(name) is not { } method)
            {
                result.AddError($"--method: unknown method '{name}'; use {MethodNames}");
                return null;
            }

            if (methods.Contains(method))
            {
                result.AddError($"--method: '{name}' is listed twice");
                return null;
            }

            methods.Add(method);
        }

        return methods;
    }

    private static Option<double?> Number(string name, string helpName, string description) => new(name)
    {
        HelpName = helpName,
        Description = description,
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
            {
                return value;
            }

            result.AddError($"{name}: '{text}' is not a number");
            return null;
        },
    };
}
