using Radiomics.Filters.Ibsi2;
using Radiomics.Filters.Wavelets;

namespace Radiomics.Configuration.Keys;

/// <summary>The checks behind the text-valued filter keys: wavelet names and Laws kernel combinations.</summary>
internal static class FilterNames
{
    /// <summary>True when the wavelet filter bank knows <paramref name="name"/>.</summary>
    public static bool Known(string name)
    {
        try
        {
            _ = WaveletFilterBank.Get(name);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
        {
            return false;
        }
    }

    /// <summary><paramref name="text"/> upper-cased when it is two or three Laws kernel names, else null.</summary>
    public static string? LawsCombination(string text)
    {
        try
        {
            return LawsKernels.Parse(text).Length is 2 or 3 ? text.ToUpperInvariant() : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
