using Radiomics.Analysis.Selection;
using Radiomics.Analysis.Selection.Internal;
using Radiomics.Analysis.Statistics;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Support;

namespace Radiomics.Analysis.Tests.Selection;

/// <summary>The cluster filter against hclust(as.dist(1 - |Spearman|), "average") and cutree(h = 0.1) on the breast-cancer table.</summary>
public sealed class ClusterReferenceTests
{
    [Fact]
    public void AverageLinkage_BreastCancer_ReproducesHclustMergesAndHeights()
    {
        FeatureTable table = SelectionFixture.BreastCancer();
        OracleTable merges = SelectionFixture.Oracle("expected_hclust_merges.csv");

        (Dendrogram tree, _) = ClusterFilter.Tree(SelectionFixture.Context(table), SelectionFixture.All(table));

        AssertSameMerges(merges, tree, 1e-12);
    }

    [Fact]
    public void AverageLinkage_TiedDistances_MergesInHclustsOrder()
    {
        OracleTable input = SelectionFixture.Oracle("hclust_ties_distances.csv");
        OracleTable merges = SelectionFixture.Oracle("expected_hclust_ties_merges.csv");
        int n = input.Header.Length;
        var distance = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                distance[(i * n) + j] = input.Number(input.Rows[i], input.Header[j]);
            }
        }

        Dendrogram tree = AverageLinkage.Cluster(distance, n);

        AssertSameMerges(merges, tree, 1e-15);
    }

    [Fact]
    public void LeafOrder_BreastCancer_IsHclustsOrder()
    {
        FeatureTable table = SelectionFixture.BreastCancer();
        OracleTable order = SelectionFixture.Oracle("expected_hclust_order.csv");

        (Dendrogram tree, _) = ClusterFilter.Tree(SelectionFixture.Context(table), SelectionFixture.All(table));

        Assert.Equal(order.Rows.Select(r => (int)order.Number(r, "item") - 1), tree.LeafOrder());
    }

    [Fact]
    public void LeafOrder_TiedDistances_IsHclustsOrder()
    {
        OracleTable input = SelectionFixture.Oracle("hclust_ties_distances.csv");
        OracleTable order = SelectionFixture.Oracle("expected_hclust_ties_order.csv");
        int n = input.Header.Length;
        var distance = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                distance[(i * n) + j] = input.Number(input.Rows[i], input.Header[j]);
            }
        }

        int[] leaves = AverageLinkage.Cluster(distance, n).LeafOrder();

        Assert.Equal(order.Rows.Select(r => (int)order.Number(r, "item") - 1), leaves);
    }

    [Fact]
    public void ClusterFilter_BreastCancer_KeepsCutreesPartitionAndMedoids()
    {
        FeatureTable table = SelectionFixture.BreastCancer();
        OracleTable oracle = SelectionFixture.Oracle("expected_hclust_spearman_average_cut0.1.csv");

        (int[] cluster, _) = ClusterFilter.Partition(SelectionFixture.Context(table), SelectionFixture.All(table), 0.9);
        SelectionResult result = FeatureSelection.Run(table, new SelectionPipeline { Steps = [new ClusterSettings { Cutoff = 0.9 }] });

        Assert.Equal(oracle.Rows.Select(r => (int)oracle.Number(r, "cluster")), cluster);
        string[] medoids = oracle.Where("medoid", "TRUE").Select(r => oracle.Text(r, "feature")).ToArray(); // column order
        Assert.Equal(19, medoids.Length);
        Assert.Equal(medoids, result.Selected);
        Assert.Equal(30 - 19, result.Dropped.Count);
        foreach (DroppedFeature d in result.Dropped)
        {
            string[] row = oracle.Where("feature", d.Feature).Single();
            string medoid = oracle.Where("cluster", oracle.Text(row, "cluster")).Single(r => oracle.Text(r, "medoid") == "TRUE")[0];
            Assert.StartsWith($"clustered with {medoid} (cluster of ", d.Reason);
            Assert.EndsWith("; representative: medoid)", d.Reason);
        }
    }

    // R's merge table exactly (signed items/steps, in step order); heights to the tolerance.
    private static void AssertSameMerges(OracleTable merges, Dendrogram tree, double tolerance)
    {
        Assert.Equal(merges.Rows.Count, tree.Heights.Length);
        for (int s = 0; s < merges.Rows.Count; s++)
        {
            string[] row = merges.Rows[s];
            Assert.Equal(((int)merges.Number(row, "merge1"), (int)merges.Number(row, "merge2")), (tree.Left[s], tree.Right[s]));
            Close.Absolute(merges.Number(row, "height"), tree.Heights[s], tolerance, $"height of merge {s + 1}");
        }
    }
}
