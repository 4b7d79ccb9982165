using Radiomics.Extraction;

namespace Radiomics.Cli.Commands;

/// <summary>
/// <c>--save-intermediate DIR [--intermediate-format nrrd|nifti]</c>: write the pre-processed and derived images of an
/// extraction to DIR for inspection (see <see cref="IIntermediateImageSink"/> for the file names).
/// </summary>
internal static class IntermediateImageOptions
{
    public const string Folder = "--save-intermediate";

    public const string Format = "--intermediate-format";

    public const string Usage = """
          --save-intermediate DIR  also write the intermediate images to DIR: normalized, resampled and
                             resampled_mask (when those steps run), mask (the ROI on the features' grid) and
                             every derived image as its features see it (original, log-sigma-1-0-mm-3D,
                             wavelet-LLH, ...; cropped to the ROI's bounding box), with their geometry
          --intermediate-format F  nrrd (default, .nrrd) or nifti (.nii.gz) for --save-intermediate
        """;

    /// <summary>The sink the options ask for, or null without <c>--save-intermediate</c>.</summary>
    public static IIntermediateImageSink? From(Arguments arguments)
    {
        string? format = arguments.Value(Format);
        string extension = format?.ToLowerInvariant() switch
        {
            null or "nrrd" => ".nrrd",
            "nifti" or "nii" or "nii.gz" => ".nii.gz",
            _ => throw new UsageException($"{Format} must be nrrd or nifti, not '{format}'"),
        };

        if (arguments.Value(Folder) is not { } folder)
        {
            return format is null ? null : throw new UsageException($"{Format} needs {Folder} DIR");
        }

        return new IntermediateImageFolder(folder, extension);
    }
}
