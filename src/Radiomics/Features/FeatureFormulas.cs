namespace Radiomics.Features;

/// <summary>Looks up features' formulas in a family's registry table.</summary>
internal static class FeatureFormulas
{
    /// <summary>
    /// The formulas of <paramref name="requested"/> from a family's registry table, in the same order (the segment
    /// family and the voxel kernel of a family both take them from here).
    /// </summary>
    public static FeatureFormula<T>[] Select<T>(ReadOnlySpan<(FeatureInfo Info, FeatureFormula<T> Compute)> table,
        IReadOnlyList<FeatureInfo> requested, string family)
        where T : allows ref struct
    {
        var formulas = new FeatureFormula<T>[requested.Count];
        for (int f = 0; f < requested.Count; f++)
        {
            int index = -1;
            for (int i = 0; i < table.Length && index < 0; i++)
            {
                index = table[i].Info.Name == requested[f].Name ? i : -1;
            }

            formulas[f] = index >= 0
                ? table[index].Compute
                : throw new ArgumentException($"The {family} family has no feature '{requested[f].Name}'.", nameof(requested));
        }

        return formulas;
    }
}
