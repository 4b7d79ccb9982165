using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Tests.Tables;

public sealed class FeatureTableTests
{
    private static FeatureTable Sample() => new(
        ["a", "b", "c"],
        ["f1", "f2"],
        [[1.0, 2.0, 3.0], [10.0, double.NaN, 30.0]],
        [KeyValuePair.Create("Batch", new[] { "x", "y", "x" })]);

    [Fact]
    public void SelectRowsAndFeatures_KeepOrderAndOtherColumns()
    {
        FeatureTable table = Sample().SelectRows([2, 0]).SelectFeatures(["f2"]);
        Assert.Equal(["c", "a"], table.Ids);
        Assert.Equal(["f2"], table.FeatureNames);
        Assert.Equal([30.0, 10.0], table.Column(0).ToArray());
        Assert.Equal(["x", "x"], table.OtherColumn("Batch"));
    }

    [Fact]
    public void Constructor_RejectsRepeatedNamesAndRaggedColumns()
    {
        Assert.Throws<ArgumentException>(() => new FeatureTable(["a"], ["f", "f"], [[1.0], [2.0]]));
        Assert.Throws<ArgumentException>(() => new FeatureTable(["a", "b"], ["f"], [[1.0]]));
        Assert.Throws<ArgumentException>(() => new FeatureTable(["a"], ["f"], [[1.0]], [KeyValuePair.Create("f", new[] { "x" })]));
    }
}
