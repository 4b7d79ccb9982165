using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Tests.Harmonisation;

/// <summary>The fitted model as versioned, deterministic JSON that reloads to the same harmonisation.</summary>
public sealed class CombatModelJsonTests
{
    [Fact]
    public void WriteThenRead_GivesTheSameBytesAndTheSameHarmonisation()
    {
        FeatureTable train = CombatFixture.Input("combat_train.csv", withCovariates: true);
        FeatureTable fresh = CombatFixture.Input("combat_new.csv", withCovariates: true);
        CombatModel model = Combat.Fit(CombatFixture.Settings("par", true), train);
        string path = Path.Combine(Path.GetTempPath(), $"combat-{Guid.NewGuid():N}.json");
        try
        {
            CombatModelJson.Write(model, path);
            CombatModel reloaded = CombatModelJson.Read(path);

            Assert.Equal(File.ReadAllText(path), CombatModelJson.Serialize(reloaded));
            FeatureTable expected = Combat.Apply(model, fresh);
            FeatureTable actual = Combat.Apply(reloaded, fresh);
            for (int j = 0; j < expected.FeatureCount; j++)
            {
                Assert.Equal(expected.Column(j).ToArray(), actual.Column(j).ToArray());
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Serialize_IsDeterministicAndCarriesProvenance()
    {
        FeatureTable input = CombatFixture.Input("combat_input.csv", withCovariates: false);
        string first = CombatModelJson.Serialize(Combat.Fit(CombatFixture.Settings("nonpar", false), input));
        string second = CombatModelJson.Serialize(Combat.Fit(CombatFixture.Settings("nonpar", false), input, new ParallelOptions { MaxDegreeOfParallelism = 1 }));

        Assert.Equal(first, second);
        Assert.StartsWith("{\n  \"format\": \"radiomics-combat\",\n  \"version\": 1,", first);
        Assert.Contains(FeatureTableHash.Compute(input), first);
        Assert.Contains(AnalysisProvenance.CurrentVersion, first);
    }

    [Fact]
    public void Deserialize_OtherFormatOrVersion_IsRefusedWithAMessage()
    {
        var e = Assert.Throws<FeatureTableException>(() => CombatModelJson.Deserialize("{\"format\":\"radiomics-combat\",\"version\":99}", "m.json"));
        Assert.Contains("m.json", e.Message);
        Assert.Contains("99", e.Message);
        Assert.Throws<FeatureTableException>(() => CombatModelJson.Deserialize("{\"format\":\"other\"}"));
        Assert.Throws<FeatureTableException>(() => CombatModelJson.Deserialize("not json"));
    }
}
