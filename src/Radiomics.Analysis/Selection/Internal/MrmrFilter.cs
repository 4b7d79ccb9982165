namespace Radiomics.Analysis.Selection.Internal;

/// <summary>Runs <see cref="MrmrSettings"/>: the top k by MID, kept in the order chosen.</summary>
internal static class MrmrFilter
{
    public static StepResult Apply(SelectionContext context, MrmrSettings settings, IReadOnlyList<int> features)
    {
        StandardisedRows rows = StandardisedRows.Of(context.Table, features, CorrelationMethod.Pearson, context.Parallel);
        double[] outcome = StandardisedRows.Vector(context.Outcome.Values!, rows.Stride);
        List<MrmrMid.Choice> choices = MrmrMid.Run(rows, outcome, settings.Top, context.Parallel);
        var kept = choices.Select(c => features[c.Row]).ToList();
        var chosen = choices.Select(c => c.Row).ToHashSet();
        var dropped = features
            .Where((_, i) => !chosen.Contains(i))
            .Select(f => new DroppedFeature(context.Name(f), SelectionNames.Of(SelectionMethod.Mrmr), $"not among the mRMR (MID) top {settings.Top}"))
            .ToList();
        return new StepResult(kept, dropped);
    }
}
