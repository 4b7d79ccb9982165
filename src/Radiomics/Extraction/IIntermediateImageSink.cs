using Radiomics.Imaging;

namespace Radiomics.Extraction;

/// <summary>
/// Receives the intermediate images of a segment-based extraction (PyRadiomics profile), for inspection, in the
/// order they arise. Names:
/// <list type="bullet">
/// <item><c>normalized</c>: the whole image after <c>normalize</c>, on the input grid (only with normalize);</item>
/// <item><c>resampled</c> and <c>resampled_mask</c>: the image and ROI after resampling (<c>resampledPixelSpacing</c>), on the
/// resampled grid (the ROI's box plus <c>padDistance</c>); <c>cropped</c> and <c>cropped_mask</c> instead with <c>preCrop</c>
/// and no resampling;</item>
/// <item><c>resegmented_mask</c>: the ROI after <c>resegmentRange</c> (only with re-segmentation);</item>
/// <item><c>mask</c>: the ROI the features use, cropped to its bounding box: the grid of every derived image;</item>
/// <item>one image per derived image, named by its feature prefix (<c>original</c>, <c>log-sigma-1-0-mm-3D</c>,
/// <c>wavelet-LLH</c>, …), exactly as its features see it (cropped to the ROI's bounding box).</item>
/// </list>
/// Every image carries its geometry (origin, spacing, direction), so it overlays the input in a viewer. Masks are
/// uint8 (1 = ROI), images float64. The extraction waits for each call; the sink must not keep or modify the data
/// beyond the call (copy it if needed).
/// </summary>
public interface IIntermediateImageSink
{
    /// <summary>Receives the intermediate image <paramref name="name"/> (one of the names above); an exception stops the extraction.</summary>
    void Write(string name, ImageData image);
}
