namespace Radiomics.Analysis.Selection.Internal;

/// <summary>Runs <see cref="RobustSettings"/>: keeps the listed robust features, in their incoming order.</summary>
internal static class RobustFilter
{
    public static StepResult Apply(SelectionContext context, RobustSettings settings, IReadOnlyList<int> features)
    {
        var robust = settings.RobustFeatures.ToHashSet(StringComparer.Ordinal);
        var notRobust = settings.NotRobustFeatures.ToHashSet(StringComparer.Ordinal);
        var kept = new List<int>();
        var dropped = new List<DroppedFeature>();
        foreach (int f in features)
        {
            string name = context.Name(f);
            if (robust.Contains(name))
            {
                kept.Add(f);
                continue;
            }

            string reason = notRobust.Contains(name) ? $"not robust in {settings.Source}" : $"not listed in {settings.Source}";
            dropped.Add(new DroppedFeature(name, SelectionNames.Of(SelectionMethod.Robust), reason));
        }

        return new StepResult(kept, dropped);
    }
}
