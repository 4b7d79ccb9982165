using Radiomics.Analysis.Selection;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Support;

namespace Radiomics.Analysis.Tests.Selection;

/// <summary>The library example of docs/selection.md, run as written (paths made absolute).</summary>
public sealed class SelectionDocExampleTests
{
    [Fact]
    public void LibraryExample_RunsAndReadsBack()
    {
        using var folder = new TempFolder();
        string tablePath = SelectionFixture.Path("bc_wisconsin.csv"), selected = folder.Combine("selected.json");

        // --- docs/selection.md, "Library" ---
        var pipeline = new SelectionPipeline
        {
            Steps = [new VarianceSettings(), new CorrelationFilterSettings { Cutoff = 0.9 }, new ClusterSettings(), new MrmrSettings { Top = 5 }],
            Outcome = SelectionOutcome.ForColumn("y"),
        };
        FeatureTable table = FeatureTableReader.Read(tablePath, new FeatureTableReadSettings { ReservedColumns = pipeline.ColumnsUsed });
        SelectionResult result = FeatureSelection.Run(table, pipeline);
        result.Write(selected);

        IReadOnlyList<string> features = SelectionResult.Read(selected).Selected;
        // --- end of example ---

        Assert.Equal(5, features.Count);
        Assert.Equal(result.Selected, features);
        Assert.Equal("worst_concave_points", features[0]);
    }
}
