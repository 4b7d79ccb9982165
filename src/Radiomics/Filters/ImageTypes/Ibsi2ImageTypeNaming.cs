using System.Globalization;
using Radiomics.Configuration;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// Shared pieces of the IBSI 2 image types' prefixes: a number as its shortest round-trip text with '.' turned into
/// '-' (1 → "1", 1.5 → "1-5"), and the dimension suffix "2D"/"3D".
/// </summary>
internal static class Ibsi2ImageTypeNaming
{
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture).Replace('.', '-');

    public static string Dimension(FilterDimension dimension) => dimension == FilterDimension.Slice2D ? "2D" : "3D";

    /// <summary>Turns a filter's parameter error into a parameter-file error naming <paramref name="key"/>.</summary>
    public static ParameterException Invalid(string imageType, string key, ArgumentException error) =>
        new($"imageType {imageType}: setting '{key}' is not valid here: {error.Message}");
}
