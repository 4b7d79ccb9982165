using System.CommandLine;
using System.Text.RegularExpressions;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Syntax;
using Radiomics.Cli.Json;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// <c>radiomics model predict model.json TABLE --out predictions.csv</c>: applies a fitted model to the rows of a table
/// (<see cref="ModelPredictor.Predict"/>; nothing is learned from them).
/// </summary>
public sealed class ModelPredictCommand : CliCommand
{
    private Argument<string> _model = null!;
    private AnalysisTableOptions _table = null!;
    private Option<string?> _out = null!;

    public ModelPredictCommand()
        : base("predict", "apply a model from 'radiomics model train' to the rows of a table")
    {
    }

    protected override void Declare()
    {
        _table = new AnalysisTableOptions("one row per case with the model's features (those with a non-zero coefficient)",
            "the model's features; the model's outcome columns, when present, are copied to the output");
        _model = Positional("MODEL", "the model written by 'radiomics model train --out FILE'");
        Positional(_table.Table);
        _out = Add(OptionValues.Text("--out", "FILE",
            $"write the predictions to FILE ({AnalysisOutput.Extensions}; written atomically; a CSV gets FILE.provenance.json) instead of the console", "-o"));
        foreach (Option option in _table.All)
        {
            Add(option);
        }
    }

    public override string Details =>
        "Columns: the ID, linear_predictor (log-odds for logistic models; the log relative hazard, uncentred, for Cox models), "
        + "probability (logistic models), then the model's outcome columns when TABLE has them, so that 'radiomics model evaluate' can "
        + "read the file as it is. A missing value in a feature the model uses is an error naming the feature and the row.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics model predict model.json tests/data/analysis/models/bc_wisconsin.csv --out predictions.csv",
            "the predictions of a model for every row, as CSV with a provenance sidecar"),
        new("radiomics model predict cox.json tests/data/analysis/models/lung_complete.csv",
            "the linear predictors of a Cox model, on the console"),
    ];

    public override IReadOnlyList<(int Code, string Meaning)> ExitStatuses { get; } =
    [
        (ExitCodes.Success, "done"),
        (ExitCodes.InputError, "the model or table could not be read or used (missing feature, missing value)"),
        (ExitCodes.UsageError, "the command line cannot run as given (unknown option, missing value, unknown output extension, unwritable output path)"),
        (ExitCodes.InternalError, "internal error: a bug; please report it (RADIOMICS_DEBUG=1 shows the details)"),
    ];

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string modelPath = parsed.GetRequiredValue(_model), tablePath = _table.PathOf(parsed);
        string? outPath = parsed.GetValue(_out);
        if (outPath is not null)
        {
            PredictionOutput.Check("--out", outPath);
        }

        LinearPredictorModel model = ModelFailures.Run(modelPath, () => ModelJson.Read(modelPath));
        string[] outcome = model.Outcome.Columns().ToArray();
        FeatureTableReadSettings read = _table.Settings(parsed, outcome,
            "^(?:" + string.Join("|", model.Terms.Select(t => Regex.Escape(t.Feature))) + ")$");
        FeatureTable table;
        try
        {
            table = FeatureTableReader.Read(tablePath, read);
        }
        catch (FeatureTableException e)
        {
            throw new InputException(e.Message.StartsWith(tablePath, StringComparison.Ordinal) || (read.ClinicalPath is { } c && e.Message.StartsWith(c, StringComparison.Ordinal)) ? e.Message : $"{tablePath}: {e.Message}");
        }

        ModelPredictions predictions = ModelFailures.Run(tablePath, () => ModelPredictor.Predict(model, table));
        string[] carried = outcome.Where(table.HasColumn).ToArray();
        var columns = new List<string> { table.IdColumn, "linear_predictor" };
        if (predictions.Probability is not null)
        {
            columns.Add("probability");
        }

        columns.AddRange(carried);
        var rows = new List<object[]>(table.RowCount);
        for (int i = 0; i < table.RowCount; i++)
        {
            var row = new List<object> { table.Ids[i], predictions.LinearPredictor[i] };
            if (predictions.Probability is { } probability)
            {
                row.Add(probability[i]);
            }

            row.AddRange(carried.Select(name => (object)table.OtherColumn(name)[i]));
            rows.Add([.. row]);
        }

        var provenance = AnalysisRunProvenance.For("radiomics model predict", table,
            new Dictionary<string, object> { ["table"] = read, ["model"] = new PredictionModelReference(model.Description, model.Provenance.SettingsSha256) },
            [InputFile.Of("model", modelPath), InputFile.Of("table", tablePath), .. read.ClinicalPath is { } clinical ? [InputFile.Of("clinical", clinical)] : Array.Empty<InputFile>()]);
        PredictionOutput.Write(outPath, columns, rows, json => AnalysisJson.Serialize(json, provenance, CliJson.Options), output);
        if (outPath is not null)
        {
            error.WriteLine($"radiomics model predict: {table.RowCount} rows; wrote {outPath}");
        }

        return ExitCodes.Success;
    }
}
