using Radiomics.Analysis.Selection;
using Radiomics.Analysis.Selection.Internal;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Support;

namespace Radiomics.Analysis.Tests.Selection;

/// <summary>mRMR (MID) against the pinned reference script's top 10 on the breast-cancer table.</summary>
public sealed class MrmrReferenceTests
{
    [Fact]
    public void Mrmr_BreastCancerTop10_MatchesReferenceOrderAndScores()
    {
        FeatureTable table = SelectionFixture.BreastCancer();
        OracleTable oracle = SelectionFixture.Oracle("expected_mrmr_mid_pearson_top10.csv");
        string[] expected = oracle.Rows.Select(r => oracle.Text(r, "feature")).ToArray();

        SelectionResult result = FeatureSelection.Run(table, new SelectionPipeline
        {
            Steps = [new MrmrSettings { Top = 10 }],
            Outcome = SelectionOutcome.ForColumn("y"),
        });

        Assert.Equal(expected, result.Selected);
        Assert.Equal(20, result.Dropped.Count);

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 2 };
        StandardisedRows rows = StandardisedRows.Of(table, SelectionFixture.All(table), CorrelationMethod.Pearson, parallel);
        double[] y = StandardisedRows.Vector(table.OtherColumn("y").Select(double.Parse).ToArray(), rows.Stride);
        List<MrmrMid.Choice> choices = MrmrMid.Run(rows, y, 10, parallel);
        for (int k = 0; k < 10; k++)
        {
            string[] row = oracle.Rows[k];
            Close.Absolute(oracle.Number(row, "score"), choices[k].Score, 1e-12, $"score at rank {k + 1}");
            Close.Absolute(oracle.Number(row, "relevance"), choices[k].Relevance, 1e-12, $"relevance at rank {k + 1}");
            Close.Absolute(oracle.Number(row, "redundancy"), choices[k].Redundancy, 1e-12, $"redundancy at rank {k + 1}");
        }
    }
}
