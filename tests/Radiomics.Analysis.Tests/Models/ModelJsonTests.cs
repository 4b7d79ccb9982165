using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Tests.Models;

/// <summary>The model record as versioned, deterministic JSON, and prediction from it.</summary>
public sealed class ModelJsonTests
{
    private static LinearPredictorModel Lasso() => ModelTrainer.Train(PenalisedLogisticTests.BreastCancer(), PenalisedLogisticTests.Fixed(1, 0.02));

    [Fact]
    public void WriteRead_RoundTrip_PredictsBitForBit()
    {
        LinearPredictorModel model = Lasso();
        string path = Path.Combine(Path.GetTempPath(), $"model-{Guid.NewGuid():N}.json");
        try
        {
            ModelJson.Write(model, path);
            LinearPredictorModel read = ModelJson.Read(path);

            FeatureTable table = PenalisedLogisticTests.BreastCancer();
            Assert.Equal(ModelPredictor.Predict(model, table).LinearPredictor, ModelPredictor.Predict(read, table).LinearPredictor);
            Assert.Equal(ModelJson.Serialise(model), ModelJson.Serialise(read));
            Assert.Equal(File.ReadAllText(path), ModelJson.Serialise(model));
            Assert.Empty(Directory.EnumerateFiles(Path.GetTempPath(), $".{Path.GetFileName(path)}.*.tmp"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Serialise_SameFit_GivesTheSameBytesAndNamesConventions()
    {
        string a = ModelJson.Serialise(Lasso());
        string b = ModelJson.Serialise(Lasso());

        Assert.Equal(a, b);
        Assert.Contains("\"format\": \"radiomics-net/linear-predictor-model\"", a);
        Assert.Contains("\"format_version\": 1", a);
        Assert.Contains("\"learner\": \"logistic\"", a);
        Assert.Contains("1/n standard deviation", a);
        Assert.Contains("\"training_data_sha256\"", a);
    }

    [Fact]
    public void Deserialise_NewerVersion_IsRejectedWithOneLine()
    {
        string json = ModelJson.Serialise(Lasso()).Replace("\"format_version\": 1", "\"format_version\": 99");

        var error = Assert.Throws<ModelException>(() => ModelJson.Deserialise(json, "m.json"));

        Assert.StartsWith("m.json: model format version 99", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Deserialise_NotAModel_IsRejected()
    {
        var error = Assert.Throws<ModelException>(() => ModelJson.Deserialise("{\"format\": \"something\"}", "x.json"));

        Assert.Contains("not a Radiomics.NET model", error.Message);
    }

    [Fact]
    public void Predict_MissingFeatures_NamesThemAll()
    {
        LinearPredictorModel model = Lasso();
        FeatureTable table = PenalisedLogisticTests.BreastCancer();
        var needed = model.NonZeroCoefficients().Select(c => c.Key).ToArray();
        FeatureTable reduced = table.SelectFeatures(table.FeatureNames.Except(needed.Take(2)));

        var error = Assert.Throws<ModelException>(() => ModelPredictor.Predict(model, reduced));

        Assert.Contains($"'{needed[0]}'", error.Message);
        Assert.Contains($"'{needed[1]}'", error.Message);
    }

    [Fact]
    public void Predict_OnlyNonZeroFeaturesNeeded_AndProbabilityIsLogistic()
    {
        LinearPredictorModel model = Lasso();
        FeatureTable table = PenalisedLogisticTests.BreastCancer();
        FeatureTable reduced = table.SelectFeatures(model.NonZeroCoefficients().Select(c => c.Key));

        ModelPredictions full = ModelPredictor.Predict(model, table);
        ModelPredictions small = ModelPredictor.Predict(model, reduced);

        Assert.Equal(full.LinearPredictor, small.LinearPredictor);
        for (int i = 0; i < full.LinearPredictor.Count; i++)
        {
            Assert.Equal(1 / (1 + Math.Exp(-full.LinearPredictor[i])), full.Probability![i], 1e-15);
        }
    }

    [Fact]
    public void Predict_MatchesTheRocFixtureProbabilities()
    {
        // roc_predictions.csv's p1 is the in-sample probability of the exact lasso fit at lambda 0.02.
        ModelPredictions predictions = ModelPredictor.Predict(Lasso(), PenalisedLogisticTests.BreastCancer());
        var rows = FixtureCsv.Records("roc_predictions.csv");

        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(FixtureCsv.Number(rows[i]["p1"]), predictions.Probability![i], 1e-10);
        }
    }
}
