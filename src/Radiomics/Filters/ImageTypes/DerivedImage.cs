using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// One filtered image: its feature-name prefix (e.g. "original", "log-sigma-1-0-mm-3D", "square"), the
/// image on the input's grid, and the settings its features use.
/// </summary>
public sealed record DerivedImage(string Prefix, Volume<double> Image, RadiomicsSettings Settings)
{
    /// <summary>
    /// The buffer the producer took from the window's <see cref="ImageWindow.Buffers"/> pool for this image, which a
    /// recycling consumer may hand back once done with the image (only while <see cref="Image"/> still uses it).
    /// </summary>
    internal double[]? RecyclableBuffer { get; init; }

    /// <summary>The recyclable buffer, if <see cref="Image"/> is still backed by it.</summary>
    internal double[]? OwnBuffer => RecyclableBuffer is { } buffer && ReferenceEquals(buffer, Image.Buffer) ? buffer : null;
}
