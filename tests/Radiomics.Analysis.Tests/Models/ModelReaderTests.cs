using System.Text.Json;
using Radiomics.Analysis.Bundles;
using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Bundles;

namespace Radiomics.Analysis.Tests.Models;

/// <summary>
/// The hand-written readers of models and ComBat estimates (files and bundles alike) give the records System.Text.Json's
/// serializer gives: they serialise back to the same text.
/// </summary>
public sealed class ModelReaderTests
{
    public static TheoryData<string> Models() => new()
    {
        ModelJson.Serialise(BundleFixture.Model()),
        ModelJson.Serialise(PenalisedLogistic()),
        ModelJson.Serialise(Cox(penalised: false)),
        ModelJson.Serialise(Cox(penalised: true)),
    };

    public static TheoryData<string> CombatModels() => new()
    {
        CombatModelJson.Serialize(BundleFixture.Combat(BundleFixture.Features)),
        CombatModelJson.Serialize(BundleFixture.Combat(BundleFixture.Features, withCovariate: true)),
        CombatModelJson.Serialize(Combat(new CombatSettings { BatchColumn = "scanner", ReferenceBatch = "B", MeanOnly = true })),
        CombatModelJson.Serialize(Combat(new CombatSettings { BatchColumn = "scanner", Prior = CombatPrior.NonParametric })),
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Model_SerialisesBackToTheSameText(string json)
    {
        LinearPredictorModel model = ModelJson.Deserialise(json, "m");

        Assert.Equal(json, ModelJson.Serialise(model));
        Assert.Equal(ModelJson.Serialise(JsonSerializer.Deserialize<LinearPredictorModel>(json, ModelJson.Options)!), ModelJson.Serialise(model));
    }

    [Theory]
    [MemberData(nameof(CombatModels))]
    public void Combat_SerialisesBackToTheSameText(string json)
    {
        CombatModel model = CombatModelJson.Deserialize(json, "c");

        Assert.Equal(json, CombatModelJson.Serialize(model));
        Assert.Equal(CombatModelJson.Serialize(JsonSerializer.Deserialize<CombatModel>(json, AnalysisJson.Options)!), CombatModelJson.Serialize(model));
    }

    [Fact]
    public void Model_OtherFormatOrNewerVersion_FailsNamingIt()
    {
        Assert.Contains("something-else", Assert.Throws<ModelException>(() => ModelJson.Deserialise("""{"format": "something-else", "format_version": 1}""", "m")).Message);
        string newer = $$"""{"format": "{{LinearPredictorModel.FormatName}}", "format_version": 99}""";
        Assert.Contains("99", Assert.Throws<ModelException>(() => ModelJson.Deserialise(newer, "m")).Message);
    }

    [Theory]
    [InlineData("intercept", "\"x\"")]
    [InlineData("learner", "\"probit\"")]
    [InlineData("terms", "3")]
    public void Model_MemberOfTheWrongKind_FailsInOneLineNamingTheSource(string member, string value)
    {
        string json = ModelJson.Serialise(BundleFixture.Model());
        using JsonDocument document = JsonDocument.Parse(json);
        var members = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());
        members[member] = value;
        string broken = "{" + string.Join(",", members.Select(m => $"\"{m.Key}\": {m.Value}")) + "}";

        var error = Assert.Throws<ModelException>(() => ModelJson.Deserialise(broken, "m.json"));
        Assert.StartsWith("m.json: not a valid model file (", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static LinearPredictorModel PenalisedLogistic()
    {
        var random = new Random(8);
        int n = 90;
        string[] names = ["a", "b", "c", "d"];
        double[][] columns = names.Select(_ => Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray()).ToArray();
        string[] y = Enumerable.Range(0, n).Select(i => columns[0][i] + columns[1][i] * 0.5 + random.NextDouble() * 0.5 > 1 ? "yes" : "no").ToArray();
        var table = new FeatureTable(Enumerable.Range(0, n).Select(i => $"r{i}").ToArray(), names, columns, [KeyValuePair.Create("y", y)]);
        return ModelTrainer.Train(table, new ModelSettings
        {
            Learner = Learner.Logistic,
            Outcome = ModelOutcome.Binary("y", "yes"),
            Penalty = new PenaltySettings { Alpha = 0.5, Rule = LambdaRule.Minimum },
            CrossValidation = new CrossValidationSettings { Folds = 4, Seed = 2 },
        });
    }

    private static LinearPredictorModel Cox(bool penalised)
    {
        var random = new Random(12);
        int n = 70;
        string[] names = ["a", "b", "c"];
        double[][] columns = names.Select(_ => Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray()).ToArray();
        string[] time = Enumerable.Range(0, n).Select(i => (1 + Math.Round(10 * random.NextDouble() / (0.5 + columns[0][i]))).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        string[] died = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.7 ? "1" : "0").ToArray();
        var table = new FeatureTable(Enumerable.Range(0, n).Select(i => $"r{i}").ToArray(), names, columns,
            [KeyValuePair.Create("time", time), KeyValuePair.Create("event", died)]);
        return ModelTrainer.Train(table, new ModelSettings
        {
            Learner = Learner.Cox,
            Outcome = ModelOutcome.Survival("time", "event"),
            Penalty = penalised ? new PenaltySettings { Rule = LambdaRule.Fixed, Lambda = 0.01 } : null,
        });
    }

    private static CombatModel Combat(CombatSettings settings)
    {
        var random = new Random(6);
        int n = 16;
        string[] batch = Enumerable.Range(0, n).Select(i => i % 2 == 0 ? "A" : "B").ToArray();
        string[] names = ["f1", "f2", "f3"];
        double[][] columns = names.Select((_, j) => Enumerable.Range(0, n).Select(i => j + (i % 2) + random.NextDouble()).ToArray()).ToArray();
        var table = new FeatureTable(Enumerable.Range(0, n).Select(i => $"s{i}").ToArray(), names, columns, [KeyValuePair.Create("scanner", batch)]);
        return Radiomics.Analysis.Harmonisation.Combat.Fit(settings, table);
    }
}
