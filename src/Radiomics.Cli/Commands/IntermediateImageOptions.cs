using System.CommandLine;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Extraction;

namespace Radiomics.Cli.Commands;

/// <summary>
/// <c>--save-intermediate DIR [--intermediate-format nrrd|nifti]</c>: write the pre-processed and derived images of an
/// extraction to DIR for inspection (see <see cref="IIntermediateImageSink"/> for the file names).
/// </summary>
internal sealed class IntermediateImageOptions
{
    public Option<string?> Folder { get; } = OptionValues.Text("--save-intermediate", "DIR",
        "also write the intermediate images to DIR: normalized, resampled and resampled_mask (when those steps run), mask "
        + "(the ROI on the features' grid) and every derived image as its features see it (original, log-sigma-1-0-mm-3D, "
        + "wavelet-LLH, ...; cropped to the ROI's bounding box), with their geometry");

    public Option<string?> Format { get; } = OptionValues.Text("--intermediate-format", "F",
        "nrrd (default, .nrrd) or nifti (.nii.gz) for --save-intermediate");

    public IEnumerable<Option> All => [Folder, Format];

    /// <summary>The sink the options ask for, or null without --save-intermediate; checks the folder can be written.</summary>
    public IIntermediateImageSink? From(ParseResult parsed)
    {
        string? format = parsed.GetValue(Format);
        string extension = format?.ToLowerInvariant() switch
        {
            null or "nrrd" => ".nrrd",
            "nifti" or "nii" or "nii.gz" => ".nii.gz",
            _ => throw new UsageException($"--intermediate-format must be nrrd or nifti, not '{format}'"),
        };

        if (parsed.GetValue(Folder) is not { } folder)
        {
            return format is null ? null : throw new UsageException("--intermediate-format needs --save-intermediate DIR");
        }

        OutputLocation.CheckFolder("--save-intermediate", folder);
        return new IntermediateImageFolder(folder, extension);
    }
}
