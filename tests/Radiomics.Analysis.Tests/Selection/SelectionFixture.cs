using Radiomics.Analysis.Selection.Internal;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Support;
using Radiomics.Tests.Support;

namespace Radiomics.Analysis.Tests.Selection;

/// <summary>The selection reference data (tests/data/analysis/selection) and small synthetic tables.</summary>
internal static class SelectionFixture
{
    public static string Path(string name) => TestData.Require($"analysis/selection/{name}");

    /// <summary>bc_wisconsin.csv with the outcome <c>y</c> reserved (not a feature): the 30 features in file order.</summary>
    public static FeatureTable BreastCancer() =>
        FeatureTableReader.Read(Path("bc_wisconsin.csv"), new FeatureTableReadSettings { ReservedColumns = ["y"] });

    public static OracleTable Oracle(string name) => OracleTable.Read(Path(name));

    public static SelectionContext Context(FeatureTable table, int threads = 2) =>
        new(table, null, new ParallelOptions { MaxDegreeOfParallelism = threads });

    public static int[] All(FeatureTable table) => Enumerable.Range(0, table.FeatureCount).ToArray();

    /// <summary>A table from named columns (rows "r1", "r2", …) with optional text columns.</summary>
    public static FeatureTable Table(IReadOnlyList<(string Name, double[] Values)> features, params (string Name, string[] Values)[] other)
    {
        int rows = features.Count > 0 ? features[0].Values.Length : other[0].Values.Length;
        return new FeatureTable(
            Enumerable.Range(1, rows).Select(i => $"r{i}").ToArray(),
            features.Select(f => f.Name).ToArray(),
            features.Select(f => f.Values).ToArray(),
            other.Select(o => new KeyValuePair<string, string[]>(o.Name, o.Values)));
    }

    /// <summary>Seeded standard normal values (Box–Muller on System.Random with a fixed seed).</summary>
    public static double[] Normal(Random random, int n)
    {
        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        }

        return values;
    }
}
