namespace Radiomics.Configuration;

/// <summary>
/// Which part of the pre-processed image the filtered image types (LoG, Wavelet, Gradient, …) are computed on,
/// setting <c>filterRegion</c>. Features only ever see the ROI's bounding box; this chooses how much of the image
/// around it is filtered to get those values.
/// </summary>
public enum FilterRegion
{
    /// <summary>
    /// <c>roi</c> (default): the ROI's bounding box grown by each image type's reach (the voxels its filter reads),
    /// clipped to the image; image types without a finite reach use the whole image. Exact for every image type
    /// except PyRadiomics' LoG, whose recursive (IIR) filter has an infinite reach: there the margin is 20 σ, which
    /// leaves at most one float32 rounding step in a value (docs/parameters.md).
    /// </summary>
    Roi,

    /// <summary>
    /// <c>image</c>: every filter runs on the whole pre-processed image, as PyRadiomics does (its exact behaviour;
    /// memory grows with the image, not the ROI).
    /// </summary>
    Image,
}
