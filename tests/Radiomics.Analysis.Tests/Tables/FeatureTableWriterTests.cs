using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Support;

namespace Radiomics.Analysis.Tests.Tables;

/// <summary>The writer: CSV, JSON table and JSON lines read back to the same table, bit for bit; atomic writes.</summary>
public sealed class FeatureTableWriterTests
{
    private static FeatureTable Sample()
    {
        var random = new Random(20240607);
        double[] awkward = [0.1, 1.0 / 3, -2.5e-300, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 123456789.123456789, double.Epsilon];
        double[] noisy = Enumerable.Range(0, awkward.Length).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-20, 20))).ToArray();
        return new FeatureTable(
            ["a", "b,c", "quote\"d", "line\nbreak", "e", "f", "g", "h"],
            ["awkward", "noisy"],
            [awkward, noisy],
            [KeyValuePair.Create("Batch", new[] { "x", "y", "", "z", "x", "y", "z", "x" })],
            "Case");
    }

    [Theory]
    [InlineData("out.csv")]
    [InlineData("out.json")]
    [InlineData("out.jsonl")]
    public void WriteThenRead_GivesTheSameTable(string name)
    {
        using var folder = new TempFolder();
        FeatureTable table = Sample();
        string path = folder.Combine(name);

        FeatureTableWriter.Write(table, path, new AnalysisProvenance("t", "1", "i", "s"));
        FeatureTable back = FeatureTableReader.Read(path, new FeatureTableReadSettings { IdColumn = "Case", ReservedColumns = ["Batch"] });

        Assert.Equal(table.IdColumn, back.IdColumn);
        Assert.Equal(table.Ids, back.Ids);
        Assert.Equal(table.FeatureNames, back.FeatureNames);
        Assert.Equal(table.OtherColumn("Batch"), back.OtherColumn("Batch"));
        for (int j = 0; j < table.FeatureCount; j++)
        {
            Assert.Equal(
                table.Column(j).ToArray().Select(BitConverter.DoubleToInt64Bits),
                back.Column(j).ToArray().Select(BitConverter.DoubleToInt64Bits));
        }

        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Csv_HeaderIsIdThenOtherColumnsThenFeatures_NaNWrittenAsNaN()
    {
        using var folder = new TempFolder();
        string path = folder.Combine("out.csv");
        FeatureTableWriter.Write(new FeatureTable(["a"], ["f"], [[double.NaN]], [KeyValuePair.Create("B", new[] { "x" })]), path);
        Assert.Equal("ID,B,f\na,x,NaN\n", File.ReadAllText(path));
    }

    [Fact]
    public void Json_CarriesProvenance()
    {
        using var folder = new TempFolder();
        string path = folder.Combine("out.json");
        FeatureTableWriter.Write(Sample(), path, new AnalysisProvenance("Radiomics.NET", "9.9", "abc", "def"));
        string text = File.ReadAllText(path);
        Assert.StartsWith("{\"format\":\"radiomics-table\",\"version\":1,\"provenance\":", text);
        Assert.Contains("\"inputSha256\":\"abc\"", text);
    }

    [Fact]
    public void MissingFolder_IsAnErrorAndWritesNothing()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "no", "out.csv");
        var e = Assert.Throws<FeatureTableException>(() => FeatureTableWriter.Write(Sample(), path));
        Assert.Contains("does not exist", e.Message);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Hash_ChangesWithAnyValueAndIgnoresTheFormat()
    {
        FeatureTable table = Sample();
        string hash = FeatureTableHash.Compute(table);
        Assert.Equal(hash, FeatureTableHash.Compute(table.SelectRows(Enumerable.Range(0, table.RowCount).ToArray())));
        var changed = new FeatureTable(table.Ids, table.FeatureNames, [table.Column(0).ToArray(), table.Column(1).ToArray().Select((v, i) => i == 3 ? v + 1e-12 : v).ToArray()],
            [KeyValuePair.Create("Batch", table.OtherColumn("Batch").ToArray())], table.IdColumn);
        Assert.NotEqual(hash, FeatureTableHash.Compute(changed));
    }
}
