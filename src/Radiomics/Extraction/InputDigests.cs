using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Extraction;

/// <summary>
/// The diagnostics of a whole input that no label changes — the SHA-1 of the image's and the mask's voxels and the
/// image's mean, minimum and maximum — computed once for all the labels of one
/// <see cref="RadiomicsExtractor.ExtractLabels(ImageData, ImageData, IReadOnlyList{int}, int?, InputDescription, InputDescription)"/> call (each a full pass over the image) and shared by them. Scoped
/// to that call, for the two inputs it was made for; any other image is computed afresh. Not thread-safe.
/// </summary>
internal sealed class InputDigests(ImageData image, ImageData mask)
{
    private string? _imageHash;
    private string? _maskHash;
    private (double Mean, double Minimum, double Maximum)? _imageStatistics;

    /// <summary><see cref="ImageHashes.Sha1OfVoxels"/> of <paramref name="input"/>.</summary>
    public string HashOf(ImageData input) =>
        ReferenceEquals(input, image) ? _imageHash ??= ImageHashes.Sha1OfVoxels(image)
        : ReferenceEquals(input, mask) ? _maskHash ??= ImageHashes.Sha1OfVoxels(mask)
        : ImageHashes.Sha1OfVoxels(input);

    /// <summary><see cref="ImageData.Statistics"/> of <paramref name="input"/> (first component).</summary>
    public (double Mean, double Minimum, double Maximum) StatisticsOf(ImageData input) =>
        ReferenceEquals(input, image) ? _imageStatistics ??= image.Statistics() : input.Statistics();
}
