using System.CommandLine;
using Radiomics.Analysis.Bundles;
using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// <c>radiomics bundle create --params FILE [--harmonization FILE] [--selection FILE] --model FILE --out FILE</c>:
/// packs a study's extraction settings, ComBat estimates, selected features and model into one bundle
/// (<see cref="BundleBuilder.Create"/>, <see cref="BundleFile"/>) and prints its SHA-256.
/// </summary>
public sealed class BundleCreateCommand : CliCommand
{
    private Option<string> _params = null!;
    private Option<string?> _harmonisation = null!;
    private Option<string?> _selection = null!;
    private Option<string> _model = null!;
    private Option<string> _out = null!;

    public BundleCreateCommand()
        : base("create", "pack a parameter file, ComBat estimates, selected features and a model into one bundle; print its SHA-256")
    {
    }

    protected override void Declare()
    {
        _params = Add(new Option<string>("--params", "-p")
        {
            HelpName = "FILE",
            Description = "the parameter file the study's features were extracted with (its text is stored exactly, with the settings it binds to)",
            Required = true,
        });
        _harmonisation = Add(OptionValues.Text("--harmonization", "FILE",
            "ComBat estimates from 'radiomics harmonize fit --model FILE', applied before the model (fitted without covariates)", "--harmonisation"));
        _selection = Add(OptionValues.Text("--selection", "FILE",
            "the selected features: a selection output (its \"selected\" list) or one name a line; the model's features must be among them"));
        _model = Add(new Option<string>("--model", "-m") { HelpName = "FILE", Description = "the model from 'radiomics model train --out FILE'", Required = true });
        _out = Add(new Option<string>("--out", "-o") { HelpName = "FILE", Description = "the bundle to write (e.g. study.rbundle; written atomically)", Required = true });
    }

    public override string Details =>
        "The bundle is one canonical JSON file: the parameter file's text and bound settings, the ComBat estimates, the selected features, "
        + "the model, the features the chain needs and a check case (a seeded synthetic 20^3 image and mask with its feature values under "
        + "the bundle's settings). Its content carries a SHA-256, printed on the standard output (as sha256sum prints: the digest, two "
        + "spaces, the file). Creation checks that the parts fit: every feature the harmonisation or the model needs must be produced "
        + "by the parameter file (and reach the model through the harmonisation), else an error names the missing ones. The same inputs "
        + "give the same bytes. Details: docs/modelling.md.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics bundle create --params params.yaml --harmonization combat.json --model model.json --out study.rbundle",
            "a bundle with harmonisation: 'bundle predict' then needs each case's batch"),
        new("radiomics bundle create -p params.yaml --selection selected.json -m model.json -o study.rbundle",
            "a bundle without harmonisation, recording the selected features"),
    ];

    public override IReadOnlyList<(int Code, string Meaning)> ExitStatuses => BundleExitCodes.Single;

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string paramsPath = parsed.GetRequiredValue(_params), modelPath = parsed.GetRequiredValue(_model), outPath = parsed.GetRequiredValue(_out);
        OutputLocation.CheckFile("--out", outPath);
        string parameterText = File.Exists(paramsPath) ? File.ReadAllText(paramsPath) : throw new InputException($"{paramsPath}: parameter file not found");
        LinearPredictorModel model = ModelFailures.Run(modelPath, () => ModelJson.Read(modelPath));
        CombatModel? combat = null;
        if (parsed.GetValue(_harmonisation) is { } combatPath)
        {
            try
            {
                combat = CombatModelJson.Read(combatPath);
            }
            catch (FeatureTableException e)
            {
                throw new InputException(e.Message);
            }
        }

        BundleSelection? selection = parsed.GetValue(_selection) is { } selectionPath
            ? new BundleSelection(Path.GetFileName(selectionPath), ModelFailures.Run(selectionPath, () => SelectionList.Read(selectionPath)))
            : null;
        ModelBundle bundle = ModelFailures.Run(paramsPath, () => BundleBuilder.Create(paramsPath, parameterText, model, combat, selection));
        string sha256 = ModelFailures.Run(outPath, () => BundleFile.Write(bundle, outPath));
        output.WriteLine($"{sha256}  {outPath}");
        error.WriteLine($"radiomics bundle create: {bundle.RequiredFeatures.Count} features needed from the extraction, "
            + $"{(combat is null ? "no harmonisation" : $"ComBat over {combat.Batches.Count} batches")}, {model.Description}; wrote {outPath}");
        return ExitCodes.Success;
    }
}
