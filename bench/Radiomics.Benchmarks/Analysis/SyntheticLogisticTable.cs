using Radiomics.Analysis.Common;
using Radiomics.Analysis.Models.Internal;
using Radiomics.Analysis.Tables;

namespace Radiomics.Benchmarks.Analysis;

/// <summary>
/// A seeded synthetic radiomics-like table for the model benchmarks: features in blocks of 10 that share a latent
/// factor (loading 0.5, unit noise, so neighbours correlate at 0.2), 20 signal features spread over the blocks with
/// coefficients +0.8 / −0.6, and a binary outcome y ~ Bernoulli(logistic(η)). Normal draws are Box–Muller on the
/// analysis layer's xoshiro256** generator, so the table is the same on every machine.
/// </summary>
internal static class SyntheticLogisticTable
{
    public static FeatureTable Create(int rows, int features, ulong seed)
    {
        var random = new SeededRandom(seed);
        double Uniform() => ((random.NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));
        double Normal() => Math.Sqrt(-2 * Math.Log(Uniform())) * Math.Cos(2 * Math.PI * Uniform());

        var columns = new double[features][];
        for (int j = 0; j < features; j++)
        {
            columns[j] = new double[rows];
        }

        for (int i = 0; i < rows; i++)
        {
            double shared = 0;
            for (int j = 0; j < features; j++)
            {
                if (j % 10 == 0)
                {
                    shared = Normal();
                }

                columns[j][i] = 0.5 * shared + Normal();
            }
        }

        int signals = Math.Min(20, features);
        int stride = Math.Max(1, features / signals);
        var label = new string[rows];
        for (int i = 0; i < rows; i++)
        {
            double eta = 0;
            for (int s = 0; s < signals; s++)
            {
                eta += (s % 2 == 0 ? 0.8 : -0.6) * columns[s * stride][i];
            }

            label[i] = Uniform() < 1 / (1 + Math.Exp(-eta)) ? "1" : "0";
        }

        return new FeatureTable(
            Enumerable.Range(1, rows).Select(i => $"case{i:D5}").ToArray(),
            Enumerable.Range(1, features).Select(j => $"feature{j:D5}").ToArray(),
            columns,
            [KeyValuePair.Create("y", label)]);
    }
}
