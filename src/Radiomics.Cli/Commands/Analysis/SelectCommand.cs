using System.CommandLine;
using System.Text.Json;
using Radiomics.Analysis.Selection;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Cli.Json;
using Radiomics.IO;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// <c>radiomics select TABLE --method METHOD[,METHOD…] --out selected.json</c>: runs a feature-selection pipeline
/// (<see cref="FeatureSelection.Run"/>) and writes the kept features in order with the reason each other was dropped.
/// The command line maps onto a <see cref="SelectionPipeline"/> (<see cref="SelectPipelineOptions"/>); an option that no
/// listed method reads is a usage error, so nothing is silently ignored.
/// </summary>
public sealed class SelectCommand : AnalysisCommand
{
    private SelectPipelineOptions _pipeline = null!;
    private Option<string?> _out = null!;

    public SelectCommand()
        : base("select", "select features: variance, robustness, correlation and cluster redundancy, mRMR, univariate tests")
    {
    }

    protected override string TableDescription => "one row per case, the features as columns, and the outcome column(s) the supervised methods need";

    protected override void DeclareOptions()
    {
        _pipeline = new SelectPipelineOptions();
        foreach (Option option in _pipeline.All)
        {
            Add(option);
        }

        _out = Add(OptionValues.Text("--out", "FILE",
            "write the selection to FILE: selected.json (the kept features in order, every dropped feature with its method and reason, "
            + "the methods' parameters, provenance) or a .csv (feature,kept,method,reason; FILE.provenance.json beside it). "
            + "Without it the kept features are printed, one per line", "-o"));
    }

    public override string Details => string.Join("\n\n",
        "Methods run in the order given, each on the features the previous one kept:",
        "variance: drop features whose population variance (ddof 0) is <= --variance-threshold (default 0: the constant ones).",
        "robust: keep the features --robust FILE marks robust (the CSV of radiomics robustness, or one name per line).",
        "correlation: caret::findCorrelation(cor(X, method = --correlation), cutoff = --cutoff, exact = TRUE).",
        "cluster: hclust(as.dist(1 - |Spearman rho|), \"average\") cut at height 1 - --cutoff; keeps each cluster's medoid, or with an "
        + "outcome the member with the largest |AUC - 0.5| (binary) or |C - 0.5| (survival).",
        "mrmr: minimum redundancy, maximum relevance (MID criterion, Gaussian mutual information): the --top K, in the order chosen.",
        "univariate: Mann-Whitney (binary --outcome) or Cox score test (--time/--event) p-values; keeps the features whose "
        + "Benjamini-Hochberg adjusted p is <= --fdr.",
        "Features keep the table's column order (mrmr puts its picks in the order chosen); ties go to the earlier column. A feature "
        + "with a missing or infinite value is dropped before the first method (one warning line). Details and the R calls each "
        + "method matches: docs/selection.md.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics select tests/data/analysis/selection/bc_wisconsin.csv --method variance,correlation,mrmr --outcome y --top 5 -o selected.json",
            "drop constants and caret's correlated columns, then the mRMR top 5 for the outcome y"),
        new("radiomics select tests/data/analysis/selection/bc_wisconsin.csv --method cluster --cutoff 0.9 --features '^(mean|worst)_' -o clusters.csv",
            "one medoid per cluster of features with |rho| >= 0.9, as a CSV"),
    ];

    protected override int Analyse(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string? outPath = parsed.GetValue(_out);
        if (outPath is not null)
        {
            AnalysisOutput.CheckTable("--out", outPath);
        }

        SelectionPipeline pipeline = _pipeline.Build(parsed);
        string tablePath = Table.PathOf(parsed);
        FeatureTableReadSettings read = Table.Settings(parsed, pipeline.ColumnsUsed);
        FeatureTable table = FeatureTableReader.Read(tablePath, read);
        SelectionResult result;
        try
        {
            result = FeatureSelection.Run(table, pipeline);
        }
        catch (SelectionException e)
        {
            throw new InputException($"{tablePath}: {e.Message}");
        }

        Warn(error, result.Warnings);
        if (outPath is null)
        {
            foreach (string name in result.Selected)
            {
                output.Write(name + "\n");
            }

            output.Flush();
        }
        else
        {
            result.Write(outPath);
            if (Path.GetExtension(outPath).Equals(".csv", StringComparison.OrdinalIgnoreCase))
            {
                WriteSidecar(outPath, table, read, result, _pipeline.RobustPath(parsed), tablePath);
            }
        }

        int candidates = result.Selected.Count + result.Dropped.Count;
        string byMethod = string.Join(", ", result.Dropped.GroupBy(d => d.Method).Select(g => $"{g.Key} {g.Count()}"));
        error.WriteLine($"radiomics select: {result.Selected.Count} of {candidates} features kept"
            + (byMethod.Length > 0 ? $" (dropped: {byMethod})" : "") + (outPath is null ? "" : $"; wrote {outPath}"));
        return ExitCodes.Success;
    }

    protected override IEnumerable<string> FilesNamed(ParseResult parsed) =>
        [.. base.FilesNamed(parsed), .. parsed.GetValue(_out) is { } o ? [o] : Array.Empty<string>()];

    private static void WriteSidecar(string outPath, FeatureTable table, FeatureTableReadSettings read, SelectionResult result, string? robustPath, string tablePath)
    {
        using JsonDocument json = JsonDocument.Parse(result.ToJson());
        var settings = new Dictionary<string, object> { ["table"] = read, ["selection"] = json.RootElement.GetProperty("methods").Clone() };
        var files = robustPath is null ? InputFiles(tablePath, read) : InputFiles(tablePath, read, ("robust", robustPath));
        var provenance = AnalysisRunProvenance.For("radiomics select", table, settings, files);
        AnalysisOutput.WriteSidecar(outPath, provenance);
    }
}
