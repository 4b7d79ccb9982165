using Radiomics.Analysis.Habitats;

namespace Radiomics.Analysis.Tests.Habitats;

public class ZScoreScalingTests
{
    [Fact]
    public void Fit_RawFixture_GivesTheFixturesZScores()
    {
        var raw = FixtureCsv.Read($"{HabitatFixtures.Table}/features_raw.csv");
        double[] f1 = raw.Numbers("f1"), f2 = raw.Numbers("f2");
        var data = VoxelFeatureMatrix.FromRows(f1.Select((v, i) => new[] { v, f2[i] }).ToArray());
        VoxelFeatureMatrix scaled = ZScoreScaling.Fit(data).Apply(data);
        VoxelFeatureMatrix expected = HabitatFixtures.ZScoredFeatures();
        for (int i = 0; i < data.Rows; i++)
        {
            for (int j = 0; j < 2; j++)
            {
                Assert.True(Math.Abs(scaled[i, j] - expected[i, j]) <= 1e-12, $"row {i}, feature {j}");
            }
        }
    }

    [Fact]
    public void Fit_Population_PoolsEveryPatientWithDdofZero()
    {
        var a = VoxelFeatureMatrix.FromRows([[1.0, 5.0], [3.0, 5.0]]);
        var b = VoxelFeatureMatrix.FromRows([[5.0, 5.0], [7.0, 5.0]]);
        ZScoreScaling scaling = ZScoreScaling.Fit(a, b);
        Assert.Equal(4.0, scaling.Means[0]);
        Assert.Equal(Math.Sqrt(5.0), scaling.StandardDeviations[0], 14);
        Assert.Equal(0.0, scaling.StandardDeviations[1]);
        Assert.Equal(0.0, scaling.Apply(a)[0, 1]); // a constant feature becomes 0
    }
}
