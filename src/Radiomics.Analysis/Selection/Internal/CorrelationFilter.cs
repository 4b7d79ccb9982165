namespace Radiomics.Analysis.Selection.Internal;

/// <summary>Runs <see cref="CorrelationFilterSettings"/>: caret's exact findCorrelation on the features' correlation matrix.</summary>
internal static class CorrelationFilter
{
    public static StepResult Apply(SelectionContext context, CorrelationFilterSettings settings, IReadOnlyList<int> features)
    {
        StandardisedRows rows = StandardisedRows.Of(context.Table, features, settings.Correlation, context.Parallel);
        double[] matrix = CorrelationMatrix.Compute(rows, context.Parallel);
        List<CaretFindCorrelation.Removal> removals = CaretFindCorrelation.Run(matrix, features.Count, settings.Cutoff);
        var removed = removals.Select(r => r.Column).ToHashSet();
        string symbol = settings.Correlation == CorrelationMethod.Pearson ? "r" : "rho";
        var dropped = removals.Select(r => new DroppedFeature(
            context.Name(features[r.Column]),
            SelectionNames.Of(SelectionMethod.Correlation),
            $"|{symbol}| = {SelectionContext.Format(r.AbsR)} > {SelectionContext.Format(settings.Cutoff)} with {context.Name(features[r.Partner])}")).ToList();
        var kept = features.Where((_, i) => !removed.Contains(i)).ToList();
        return new StepResult(kept, dropped);
    }
}
