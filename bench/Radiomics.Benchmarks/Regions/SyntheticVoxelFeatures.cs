using Radiomics.Analysis.Habitats;

namespace Radiomics.Benchmarks.Regions;

/// <summary>
/// A seeded synthetic voxel-feature matrix the size of the CT phantom's ROI (125,256 voxels × 10 features): four
/// overlapping Gaussian groups with random means (SD 1 around them, means 0–3 apart per feature).
/// </summary>
public static class SyntheticVoxelFeatures
{
    public static VoxelFeatureMatrix Create(int rows = 125_256, int columns = 10, int groups = 4, int seed = 20)
    {
        var random = new Random(seed);
        double[][] means = [.. Enumerable.Range(0, groups).Select(_ => Enumerable.Range(0, columns).Select(_ => 3.0 * random.NextDouble()).ToArray())];
        var values = new double[rows * columns];
        for (int i = 0; i < rows; i++)
        {
            double[] mean = means[i * groups / rows];
            for (int j = 0; j < columns; j++)
            {
                // Box–Muller.
                double u = 1.0 - random.NextDouble(), v = random.NextDouble();
                values[i * columns + j] = mean[j] + Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
            }
        }

        return new VoxelFeatureMatrix(rows, columns, values);
    }
}
