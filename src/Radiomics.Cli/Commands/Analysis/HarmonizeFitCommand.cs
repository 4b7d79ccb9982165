using System.CommandLine;
using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// <c>radiomics harmonize fit TABLE --batch COLUMN --model FILE</c>: fits ComBat (<see cref="Combat.Fit"/>, sva::ComBat)
/// and writes the model, and with <c>--out</c> the harmonised table.
/// </summary>
public sealed class HarmonizeFitCommand : AnalysisCommand
{
    private Option<string> _batch = null!;
    private Option<string?> _covariates = null!;
    private Option<string?> _categorical = null!;
    private Option<bool> _nonParametric = null!;
    private Option<bool> _meanOnly = null!;
    private Option<string?> _referenceBatch = null!;
    private Option<string> _model = null!;
    private Option<string?> _out = null!;

    public HarmonizeFitCommand()
        : base("fit", "learn the batch effects of a table (ComBat, as sva::ComBat) and write the model")
    {
    }

    protected override string TableDescription => "one row per sample, with a batch column (scanner, site, protocol) and the covariates";

    protected override void DeclareOptions()
    {
        _batch = Add(new Option<string>("--batch")
        {
            HelpName = "COLUMN",
            Description = "the column naming each sample's batch (scanner, site, protocol); at least two batches",
            Required = true,
        });
        _covariates = Add(OptionValues.Text("--covariates", "A,B",
            "biological covariates whose effects are kept (sva's mod = model.matrix(~ A + B)), comma-separated; a column of numbers is numeric, any other is categorical"));
        _categorical = Add(OptionValues.Text("--categorical", "A,B",
            "covariates (among --covariates) to treat as categories even though they hold numbers, e.g. a site code 1, 2, 3"));
        _nonParametric = Add(OptionValues.Flag("--nonparametric",
            "non-parametric empirical Bayes priors (sva's par.prior = FALSE); slower, its cost grows with the square of the number of features"));
        _meanOnly = Add(OptionValues.Flag("--mean-only",
            "adjust the batch means only, not the variances (sva's mean.only = TRUE); forced, with a warning, when a batch has one sample"));
        _referenceBatch = Add(OptionValues.Text("--reference-batch", "NAME",
            "bring the other batches to this one, whose samples stay unchanged, bit for bit (sva's ref.batch)"));
        _model = Add(new Option<string>("--model", "-m")
        {
            HelpName = "FILE",
            Description = "write the fitted model to FILE (.json; written atomically) for 'radiomics harmonize apply'",
            Required = true,
        });
        _out = Add(OptionValues.Text("--out", "FILE",
            $"also write the harmonised TABLE to FILE ({AnalysisOutput.Extensions}; a CSV gets FILE.provenance.json): sva's output for this table", "-o"));
    }

    public override string Details =>
        "The batch and covariate columns are never features; give --features (e.g. '^original_') so that numeric clinical columns "
        + "are not harmonised as features. ComBat needs complete data: a NaN is an error naming the feature and the sample. A feature "
        + "constant within a batch is left unchanged and out of the fit, a batch of one sample forces --mean-only (as sva); each is one "
        + "warning line on the standard error. Details and the sva calls: docs/harmonisation.md.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics harmonize fit tests/data/analysis/combat/combat_train.csv --batch Batch --covariates Age,Sex --features '^feat_' --model combat.json",
            "fit ComBat on 36 training samples of 4 batches, keeping the effects of age and sex"),
        new("radiomics harmonize fit tests/data/analysis/combat/combat_input.csv --batch Batch --features '^feat_' --reference-batch B --model combat-ref.json -o harmonised.csv",
            "bring batches A, C and D to batch B and write the harmonised table"),
    ];

    protected override int Analyse(ParseResult parsed, TextWriter output, TextWriter error)
    {
        var settings = new CombatSettings
        {
            BatchColumn = parsed.GetRequiredValue(_batch),
            Covariates = List(parsed.GetValue(_covariates)),
            CategoricalCovariates = List(parsed.GetValue(_categorical)),
            Prior = parsed.GetValue(_nonParametric) ? CombatPrior.NonParametric : CombatPrior.Parametric,
            MeanOnly = parsed.GetValue(_meanOnly),
            ReferenceBatch = parsed.GetValue(_referenceBatch),
        };
        CheckSettings(settings.Validate);
        string modelPath = parsed.GetRequiredValue(_model);
        string? outPath = parsed.GetValue(_out);
        CheckOutputs(modelPath, outPath);

        string tablePath = Table.PathOf(parsed);
        FeatureTableReadSettings read = Table.Settings(parsed, settings.ColumnsUsed);
        FeatureTable table = FeatureTableReader.Read(tablePath, read);
        CombatModel model = Combat.Fit(settings, table);
        Warn(error, model.Warnings);
        CombatModelJson.Write(model, modelPath);
        if (outPath is not null)
        {
            FeatureTable harmonised = Combat.Apply(model, table, warning => Warn(error, [warning]));
            var provenance = AnalysisRunProvenance.For("radiomics harmonize fit", table,
                new Dictionary<string, object> { ["table"] = read, ["combat"] = settings }, InputFiles(tablePath, read));
            AnalysisOutput.WriteTable(harmonised, outPath, provenance);
        }

        error.WriteLine($"radiomics harmonize fit: {table.RowCount} samples in {model.Batches.Count} batches, {model.Features.Count} features harmonised"
            + $" ({model.FeaturesLeftUnchanged.Count} left unchanged); wrote {modelPath}{(outPath is null ? "" : $" and {outPath}")}");
        return ExitCodes.Success;
    }

    protected override IEnumerable<string> FilesNamed(ParseResult parsed) =>
        [.. base.FilesNamed(parsed), parsed.GetRequiredValue(_model), .. parsed.GetValue(_out) is { } o ? [o] : Array.Empty<string>()];

    private static void CheckOutputs(string modelPath, string? outPath)
    {
        if (!Path.GetExtension(modelPath).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--model {modelPath}: the model is written as JSON; give a .json file name");
        }

        OutputLocation.CheckFile("--model", modelPath);
        if (outPath is null)
        {
            return;
        }

        AnalysisOutput.CheckTable("--out", outPath);
        if (string.Equals(Path.GetFullPath(outPath), Path.GetFullPath(modelPath), StringComparison.Ordinal))
        {
            throw new UsageException($"--out {outPath}: is the --model file too; give two different files");
        }
    }

    private static string[] List(string? text) =>
        text?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
}
