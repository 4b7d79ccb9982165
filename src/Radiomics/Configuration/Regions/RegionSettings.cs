using System.Globalization;

namespace Radiomics.Configuration.Regions;

/// <summary>
/// One extra region of the parameter file's <c>regions:</c> section: a name, which prefixes its features
/// (<c>peritumoral_original_firstorder_Mean</c>), and how it is built from the case's ROI. The steps always run in this
/// order: <see cref="FillHoles"/>, <see cref="LargestComponent"/> (both on the ROI), the distance
/// <see cref="Operation"/>, then <see cref="Clip"/> (keep the voxels inside that mask) and <see cref="Subtract"/>
/// (drop the voxels inside that mask). Validated when the parameter file is loaded (<see cref="RegionSettingsBinder"/>).
/// </summary>
public sealed record RegionSettings
{
    /// <summary>The region's name: a letter, then letters, digits or '-' (no '_', which separates the parts of a feature name).</summary>
    public required string Name { get; init; }

    /// <summary>How the region is made from the ROI (ring, grow, shrink…); none keeps the ROI.</summary>
    public RegionOperation Operation { get; init; } = RegionOperation.None;

    /// <summary>The distance of <see cref="Operation"/> in mm (finite, ≥ 0); 0 when there is no operation.</summary>
    public double DistanceMm { get; init; }

    /// <summary>Fill the ROI's holes first (<see cref="Preprocessing.Regions.RoiOperations.FillHoles"/>, 26-connectivity).</summary>
    public bool FillHoles { get; init; }

    /// <summary>Keep only the ROI's largest 26-connected region first (drops satellite lesions).</summary>
    public bool LargestComponent { get; init; }

    /// <summary>The mask the region is intersected with (e.g. the body), or null.</summary>
    public RegionMaskSource? Clip { get; init; }

    /// <summary>The mask removed from the region (e.g. vessels, air), or null.</summary>
    public RegionMaskSource? Subtract { get; init; }

    /// <summary>The parameter-file key of <see cref="Operation"/> (<c>ring</c>, <c>grow</c>, <c>shrink</c>, <c>innerRim</c>), or null.</summary>
    public string? OperationKey => KeyOf(Operation);

    /// <summary>One line for messages and diagnostics, e.g. <c>ring 5 mm, clip body.nii.gz</c>.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (FillHoles)
        {
            parts.Add("fillHoles");
        }

        if (LargestComponent)
        {
            parts.Add("largestComponent");
        }

        if (OperationKey is { } key)
        {
            parts.Add($"{key} {DistanceMm.ToString("R", CultureInfo.InvariantCulture)} mm");
        }

        if (Clip is not null)
        {
            parts.Add($"clip {Clip.Describe()}");
        }

        if (Subtract is not null)
        {
            parts.Add($"subtract {Subtract.Describe()}");
        }

        return string.Join(", ", parts);
    }

    /// <summary>The parameter-file key of an operation, or null for <see cref="RegionOperation.None"/>.</summary>
    public static string? KeyOf(RegionOperation operation) => operation switch
    {
        RegionOperation.Ring => "ring",
        RegionOperation.Grow => "grow",
        RegionOperation.Shrink => "shrink",
        RegionOperation.InnerRim => "innerRim",
        _ => null,
    };
}
