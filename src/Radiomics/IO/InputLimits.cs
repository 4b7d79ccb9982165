using System.Globalization;

namespace Radiomics.IO;

/// <summary>
/// How large an input may make the work: the one overridable bound (<see cref="MaxVoxels"/>) on every size an input
/// or a setting implies before it is allocated or looped over, and whether files named inside headers may lie
/// outside the header's folder. Readers and the extractor check against it and refuse with a one-line error naming the
/// file or setting, the size it implies and this limit. See docs/limits.md.
/// </summary>
public sealed record InputLimits
{
    /// <summary>
    /// 2^30 (1,073,741,824): a whole-body CT of 512 × 512 × 4,096 slices, or 1 mm isotropic resampling of a
    /// 1 m × 1 m × 1 m field of view. An image of this many voxels needs 2 GiB as 16-bit integers and 8 GiB as doubles.
    /// </summary>
    public const long DefaultMaxVoxels = 1L << 30;

    /// <summary>The defaults: <see cref="DefaultMaxVoxels"/>, no outside paths.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>
    /// The most elements any one grid or table derived from an input may hold: an image's voxels (times its
    /// components), a DICOM series' frames × rows × columns, a resampled grid, the bins a bin width implies, a texture
    /// matrix, a filter kernel's extent. Must be at least 1.
    /// </summary>
    public long MaxVoxels
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxVoxels), value, "The voxel limit must be at least 1.");
    } = DefaultMaxVoxels;

    /// <summary>
    /// Whether a data file named inside a header (NRRD <c>data file</c>, MetaImage <c>ElementDataFile</c>) may lie
    /// outside the header's folder (<c>--allow-outside-paths</c>). False by default.
    /// </summary>
    public bool AllowOutsidePaths { get; init; }

    /// <summary>"the limit of N voxels (…)", for messages that refuse a size.</summary>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"the limit of {MaxVoxels} voxels (raise it with --max-voxels or InputLimits.MaxVoxels; see docs/limits.md)");

    /// <summary>
    /// Whether a grid or table of <paramref name="elements"/> elements is within <see cref="MaxVoxels"/>; pass the
    /// product of extents as a double so that it cannot overflow (NaN and infinity are not within).
    /// </summary>
    public bool Allows(double elements) => elements >= 0 && elements <= MaxVoxels;
}
