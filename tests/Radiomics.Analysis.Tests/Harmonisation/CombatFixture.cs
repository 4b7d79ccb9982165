using System.Text.Json;
using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Tables;
using Radiomics.Tests.Support;

namespace Radiomics.Analysis.Tests.Harmonisation;

/// <summary>Reads the sva::ComBat reference data in tests/data/analysis/combat (see its README).</summary>
internal static class CombatFixture
{
    public const string Batch = "Batch";

    public static string Path(string file) => TestData.Require($"analysis/combat/{file}");

    /// <summary>A samples × features table: with covariates, Age and Sex are covariates; without, the features are '^feat_' (so Age/Sex stay out).</summary>
    public static FeatureTable Input(string file, bool withCovariates) =>
        FeatureTableReader.Read(Path(file), withCovariates
            ? new FeatureTableReadSettings { ReservedColumns = [Batch, "Age", "Sex"] }
            : new FeatureTableReadSettings { ReservedColumns = [Batch], FeaturePattern = "^feat_" });

    public static FeatureTable Expected(string file) =>
        FeatureTableReader.Read(Path(file), new FeatureTableReadSettings { ReservedColumns = [Batch] });

    public static CombatSettings Settings(string mode, bool withCovariates) => new()
    {
        BatchColumn = Batch,
        Covariates = withCovariates ? ["Age", "Sex"] : [],
        Prior = mode == "nonpar" ? CombatPrior.NonParametric : CombatPrior.Parametric,
        MeanOnly = mode == "meanonly",
        ReferenceBatch = mode == "ref" ? "B" : null,
    };

    public static JsonElement Estimates(string file)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path(file)));
        return document.RootElement.Clone();
    }

    public static double Number(JsonElement element) => element.ValueKind == JsonValueKind.String
        ? element.GetString() switch { "Infinity" => double.PositiveInfinity, "-Infinity" => double.NegativeInfinity, _ => double.NaN }
        : element.GetDouble();

    public static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(Number).ToArray();

    /// <summary>Every feature value of <paramref name="actual"/> within <paramref name="tolerance"/> of <paramref name="expected"/>, same IDs and features.</summary>
    public static void AssertClose(FeatureTable expected, FeatureTable actual, double tolerance, string what)
    {
        Assert.Equal(expected.Ids, actual.Ids);
        Assert.Equal(expected.FeatureNames, actual.FeatureNames);
        double worst = 0;
        string where = "";
        for (int j = 0; j < expected.FeatureCount; j++)
        {
            for (int i = 0; i < expected.RowCount; i++)
            {
                double d = Math.Abs(expected[i, j] - actual[i, j]);
                if (!(d <= worst))
                {
                    worst = d;
                    where = $"{expected.FeatureNames[j]} of {expected.Ids[i]}";
                }
            }
        }

        Assert.True(worst <= tolerance, $"{what}: largest difference {worst:E2} ({where}) exceeds {tolerance:E0}");
    }
}
