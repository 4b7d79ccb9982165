namespace Radiomics.Analysis.Selection.Internal;

/// <summary>The one rule for a correlation cutoff (shared by the correlation and cluster filters).</summary>
internal static class CutoffRule
{
    public static void Check(double cutoff)
    {
        if (!(cutoff > 0 && cutoff <= 1))
        {
            throw new SelectionException($"--cutoff: must be in (0, 1], got {cutoff}");
        }
    }
}
