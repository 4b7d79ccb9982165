namespace Radiomics.Preprocessing.Perturbation;

/// <summary>scipy.ndimage's <c>mode = "reflect"</c> boundary: the samples mirrored about the edge, the edge sample repeated (d c b a | a b c d | d c b a).</summary>
internal static class ScipyReflect
{
    /// <summary>The index inside [0, <paramref name="n"/>) that index <paramref name="i"/> reads.</summary>
    public static int Index(int i, int n)
    {
        int period = 2 * n;
        int m = ((i % period) + period) % period;
        return m < n ? m : period - 1 - m;
    }
}
