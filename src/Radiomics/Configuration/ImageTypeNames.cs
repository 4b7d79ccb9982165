namespace Radiomics.Configuration;

/// <summary>The image types a parameter file may enable (PyRadiomics' names).</summary>
public static class ImageTypeNames
{
    public static IReadOnlyList<string> All { get; } =
        ["Original", "LoG", "Wavelet", "Square", "SquareRoot", "Logarithm", "Exponential", "Gradient", "LBP2D", "LBP3D"];
}
