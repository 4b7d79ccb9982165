using System.CommandLine;
using System.Text.RegularExpressions;
using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// <c>radiomics harmonize apply TABLE --model FILE --out FILE</c>: harmonises the samples of a table with a fitted ComBat
/// model (<see cref="Combat.Apply"/>); nothing is re-estimated.
/// </summary>
public sealed class HarmonizeApplyCommand : AnalysisCommand
{
    private Option<string> _model = null!;
    private Option<string> _out = null!;

    public HarmonizeApplyCommand()
        : base("apply", "harmonise new samples with a model from 'radiomics harmonize fit'")
    {
    }

    protected override string TableDescription =>
        "one row per sample of the batches the model was fitted on, with the model's batch and covariate columns and features";

    protected override string FeaturesDefault =>
        "the model's features; every other column is kept as text. Given, the features it selects that the model does not know are left out";

    protected override void DeclareOptions()
    {
        _model = Add(new Option<string>("--model", "-m")
        {
            HelpName = "FILE",
            Description = "the model written by 'radiomics harmonize fit --model FILE'",
            Required = true,
        });
        _out = Add(new Option<string>("--out", "-o")
        {
            HelpName = "FILE",
            Description = $"the harmonised table ({AnalysisOutput.Extensions}; written atomically; a CSV gets FILE.provenance.json)",
            Required = true,
        });
    }

    public override string Details =>
        "The features are the model's, unless --features is given: every other column, numeric or not, is written unchanged as "
        + "text; a feature --features selects that the model does not know is left out, with a warning. Every sample's batch must "
        + "be one the model was fitted on (an unseen batch is an error naming it and the sample); samples of the model's "
        + "reference batch are returned unchanged, bit for bit. Applying to one sample gives the same values as applying to it "
        + "among many. Details: docs/harmonisation.md.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics harmonize apply tests/data/analysis/combat/combat_new.csv --model combat.json --out harmonised-new.csv",
            "harmonise 12 held-out samples with the model fitted on the training samples"),
        new("radiomics harmonize apply tests/data/analysis/combat/combat_new.csv -m combat.json -o harmonised-new.json",
            "the same, as a JSON table carrying its provenance"),
    ];

    protected override IEnumerable<string> FilesNamed(ParseResult parsed) =>
        [.. base.FilesNamed(parsed), parsed.GetRequiredValue(_model), parsed.GetRequiredValue(_out)];

    protected override int Analyse(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string modelPath = parsed.GetRequiredValue(_model), outPath = parsed.GetRequiredValue(_out);
        AnalysisOutput.CheckTable("--out", outPath);
        CombatModel model = CombatModelJson.Read(modelPath);

        string tablePath = Table.PathOf(parsed);
        FeatureTableReadSettings read = Table.Settings(parsed, model.Settings.ColumnsUsed);
        FeatureTable table = FeatureTableReader.Read(tablePath, read.FeaturePattern is null ? read with { FeaturePattern = ExactNames(model) } : read);
        FeatureTable harmonised = Combat.Apply(model, table, warning => Warn(error, [warning]));
        var provenance = AnalysisRunProvenance.For("radiomics harmonize apply", table,
            new Dictionary<string, object> { ["table"] = read, ["combat"] = model.Settings }, InputFiles(tablePath, read, ("model", modelPath)));
        AnalysisOutput.WriteTable(harmonised, outPath, provenance);
        error.WriteLine($"radiomics harmonize apply: {table.RowCount} samples, {model.Features.Count} features harmonised"
            + $" ({model.FeaturesLeftUnchanged.Count} left unchanged); wrote {outPath}");
        return ExitCodes.Success;
    }

    /// <summary>A pattern matching exactly the model's feature names (harmonised and left unchanged).</summary>
    private static string ExactNames(CombatModel model) =>
        "^(?:" + string.Join("|", model.Features.Concat(model.FeaturesLeftUnchanged).Select(Regex.Escape)) + ")$";
}
