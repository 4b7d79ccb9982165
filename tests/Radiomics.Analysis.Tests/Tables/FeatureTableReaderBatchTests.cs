using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Tests.Tables;

/// <summary>The reader on the four layouts `radiomics batch` writes (Tables/BatchSamples): the same table from each.</summary>
public sealed class FeatureTableReaderBatchTests
{
    private static string Sample(string file) => Path.Combine(AppContext.BaseDirectory, "Tables", "BatchSamples", file);

    [Fact]
    public void WideCsv_FeaturesAreTheNumericNonDiagnosticColumns_OthersKeptAsText()
    {
        FeatureTable table = FeatureTableReader.Read(Sample("batch.csv"));

        Assert.Equal("ID", table.IdColumn);
        Assert.Equal(["digital", "ct"], table.Ids);
        Assert.All(table.FeatureNames, n => Assert.StartsWith("original_", n));
        Assert.Contains("original_firstorder_Mean", table.FeatureNames);
        Assert.Contains("original_shape_VoxelVolume", table.FeatureNames);
        Assert.Equal(["Image", "Mask", "Site"], table.OtherColumnNames.Take(3));
        Assert.Equal("south, annex", table.OtherColumn("Site")[1]);
        Assert.Contains("diagnostics_Image-original_Mean", table.OtherColumnNames);
        Assert.Equal("(204, 201, 60)", table.OtherColumn("diagnostics_Image-original_Size")[1]);
    }

    [Theory]
    [InlineData("batch_long.csv")]
    [InlineData("batch.jsonl")]
    [InlineData("batch.parquet")]
    public void OtherLayouts_GiveTheSameFeaturesAndValuesAsTheWideCsv(string file)
    {
        FeatureTable wide = FeatureTableReader.Read(Sample("batch.csv"));
        FeatureTable other = FeatureTableReader.Read(Sample(file));

        Assert.Equal(wide.Ids, other.Ids);
        Assert.Equal(wide.FeatureNames, other.FeatureNames);
        for (int j = 0; j < wide.FeatureCount; j++)
        {
            Assert.Equal(wide.Column(j).ToArray(), other.Column(j).ToArray());
        }

        Assert.Equal(wide.OtherColumn("Site"), other.OtherColumn("Site"));
    }

    [Fact]
    public void LongCsv_PivotsWithCaseColumnKeptAsText()
    {
        FeatureTable table = FeatureTableReader.Read(Sample("batch_long.csv"));
        Assert.Equal(["1", "2"], table.OtherColumn("case"));
    }

    [Fact]
    public void FeaturePattern_SelectsByName()
    {
        FeatureTable table = FeatureTableReader.Read(Sample("batch.parquet"), new FeatureTableReadSettings { FeaturePattern = "^original_firstorder_" });
        Assert.NotEmpty(table.FeatureNames);
        Assert.All(table.FeatureNames, n => Assert.StartsWith("original_firstorder_", n));
        Assert.Contains("original_shape_VoxelVolume", table.OtherColumnNames);
    }

    [Fact]
    public void ReservedColumn_IsNeverAFeature()
    {
        FeatureTable table = FeatureTableReader.Read(Sample("batch.csv"), new FeatureTableReadSettings { ReservedColumns = ["original_firstorder_Mean"] });
        Assert.DoesNotContain("original_firstorder_Mean", table.FeatureNames);
        Assert.True(table.HasColumn("original_firstorder_Mean"));
    }
}
