using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// One filtered image: its feature-name prefix (e.g. "original", "log-sigma-1-0-mm-3D", "square"), the
/// image on the input's grid, and the settings its features use.
/// </summary>
public sealed record DerivedImage(string Prefix, Volume<double> Image, RadiomicsSettings Settings);
