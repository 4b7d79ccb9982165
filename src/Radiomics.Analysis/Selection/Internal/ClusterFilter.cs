using Radiomics.Analysis.Statistics;
using Radiomics.Analysis.Validation;

namespace Radiomics.Analysis.Selection.Internal;

/// <summary>
/// Runs <see cref="ClusterSettings"/>: average-linkage clustering on 1 − |Spearman ρ|, cut at 1 − cutoff, one
/// representative per cluster; the representatives keep their places in the incoming order.
/// </summary>
internal static class ClusterFilter
{
    public static StepResult Apply(SelectionContext context, ClusterSettings settings, IReadOnlyList<int> features)
    {
        int p = features.Count;
        if (p < 2)
        {
            return new StepResult([.. features], []);
        }

        (int[] cluster, double[] distance) = Partition(context, features, settings.Cutoff);
        int clusters = cluster.Max();
        var members = new List<int>[clusters];
        for (int i = 0; i < clusters; i++)
        {
            members[i] = [];
        }

        for (int i = 0; i < p; i++)
        {
            members[cluster[i] - 1].Add(i);
        }

        var kept = new List<int>();
        var dropped = new List<DroppedFeature>();
        foreach (List<int> group in members)
        {
            (int representative, string how) = settings.Representative == ClusterRepresentative.Medoid
                ? (Medoid(group, distance, p), "medoid")
                : MostAssociated(context, features, group);
            kept.Add(representative);
            foreach (int i in group.Where(i => i != representative))
            {
                dropped.Add(new DroppedFeature(
                    context.Name(features[i]),
                    SelectionNames.Of(SelectionMethod.Cluster),
                    $"clustered with {context.Name(features[representative])} (cluster of {group.Count} at 1 - |rho| <= {SelectionContext.Format(1 - settings.Cutoff)}; representative: {how})"));
            }
        }

        kept.Sort();
        return new StepResult(kept.Select(i => features[i]).ToList(), dropped);
    }

    /// <summary>Each feature's cluster number (cutree's numbering) and the distances 1 − |ρ| (row-major; read the lower triangle).</summary>
    public static (int[] Cluster, double[] Distance) Partition(SelectionContext context, IReadOnlyList<int> features, double cutoff)
    {
        (Dendrogram tree, double[] distance) = Tree(context, features);
        return (tree.CutAt(1 - cutoff), distance);
    }

    /// <summary>
    /// The dendrogram of <c>hclust(as.dist(1 - abs(cor(X, method = "spearman"))), "average")</c> and the distances 1 − |ρ|
    /// (row-major; only the lower triangle still holds them, the clustering having updated the upper one).
    /// </summary>
    public static (Dendrogram Tree, double[] Distance) Tree(SelectionContext context, IReadOnlyList<int> features)
    {
        int p = features.Count;
        StandardisedRows rows = StandardisedRows.Of(context.Table, features, CorrelationMethod.Spearman, context.Parallel);
        double[] distance = CorrelationMatrix.Compute(rows, context.Parallel);
        for (int i = 0; i < distance.Length; i++)
        {
            distance[i] = 1 - Math.Abs(distance[i]);
        }

        // The clustering overwrites only the upper triangle; the lower one keeps the original distances for the medoids.
        return (AverageLinkage.Cluster(distance, p), distance);
    }

    // The member with the smallest summed distance to the others (compensated sums, in member order); ties to the earlier.
    private static int Medoid(List<int> group, double[] distance, int p)
    {
        int best = group[0];
        double bestSum = double.PositiveInfinity;
        foreach (int i in group)
        {
            double sum = 0, compensation = 0;
            foreach (int j in group)
            {
                double value = i == j ? 0 : distance[(Math.Max(i, j) * p) + Math.Min(i, j)];
                double t = sum + value;
                compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - t) + value : (value - t) + sum;
                sum = t;
            }

            sum += compensation;
            if (sum < bestSum)
            {
                bestSum = sum;
                best = i;
            }
        }

        return best;
    }

    private static (int Representative, string How) MostAssociated(SelectionContext context, IReadOnlyList<int> features, List<int> group)
    {
        if (group.Count == 1)
        {
            return (group[0], "only member");
        }

        ResolvedOutcome outcome = context.Outcome;
        bool[]? isCase = outcome.IsSurvival ? null : outcome.RequireBinary("--method cluster (outcome representative)");
        int best = group[0];
        double bestStrength = double.NegativeInfinity;
        foreach (int i in group)
        {
            double[] score = context.Table.Column(features[i]).ToArray();
            double strength;
            try
            {
                strength = isCase is null
                    ? Math.Abs(HarrellConcordance.Compute(outcome.Time!, outcome.Died!, score).Concordance - 0.5)
                    : Math.Abs(DeLong.Auc(score, isCase).Auc - 0.5);
            }
            catch (ArgumentException e)
            {
                throw new SelectionException($"{outcome.Description}: cannot rank feature '{context.Name(features[i])}' against the outcome ({e.Message})", e);
            }

            if (strength > bestStrength)
            {
                bestStrength = strength;
                best = i;
            }
        }

        return (best, outcome.IsSurvival ? $"largest |C - 0.5| = {SelectionContext.Format(bestStrength)}" : $"largest |AUC - 0.5| = {SelectionContext.Format(bestStrength)}");
    }
}
