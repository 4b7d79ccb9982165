namespace Radiomics.Configuration.Keys;

/// <summary>The checks behind the text-valued filter keys: wavelet names and Laws kernel combinations.</summary>
internal static class FilterNames
{
    /// <summary>True when <paramref name="name"/> is a discrete wavelet (<see cref="WaveletNames"/>).</summary>
    public static bool Known(string name) => WaveletNames.IsKnown(name);

    /// <summary><paramref name="text"/> upper-cased when it is two or three Laws kernel names (<see cref="LawsKernelNames"/>), else null.</summary>
    public static string? LawsCombination(string text) =>
        LawsKernelNames.Split(text)?.Length is 2 or 3 ? text.ToUpperInvariant() : null;
}
