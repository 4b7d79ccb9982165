namespace Radiomics.Dicom.Series;

/// <summary>Choices when loading an image series.</summary>
public sealed record DicomLoadOptions
{
    /// <summary>The defaults: the only image series, stored (rescaled) values without SUV, a 1 % slice-gap tolerance, the runtime's parallelism.</summary>
    public static DicomLoadOptions Default { get; } = new();

    /// <summary>The series to load when a folder holds several; null means "the only image series".</summary>
    public string? SeriesInstanceUid { get; init; }

    /// <summary>
    /// For PET (modality PT) in Bq/ml with decay information: convert to standardised uptake value, body weight
    /// (SUVbw, g/ml). When the information does not allow it, stored (rescaled) values are kept and a note says why.
    /// </summary>
    public bool PetSuvBodyWeight { get; init; }

    /// <summary>
    /// How far (as a fraction of the median slice gap) any gap between consecutive slices may differ before the
    /// series is declared to have a missing slice or uneven spacing.
    /// </summary>
    public double SliceGapTolerance { get; init; } = 0.01;

    /// <summary>
    /// Most threads reading and decoding slices at once (-1: as many as the runtime chooses). The volume is the same
    /// whatever the value; a batch running several cases side by side may want 1.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>
    /// Where the volume's buffer comes from when given: a batch hands each case's volume back to it, and the next series
    /// of the same voxel type and size is read into that memory instead of fresh pages (see <see cref="Radiomics.IO.VoxelBufferPool"/>).
    /// </summary>
    public Radiomics.IO.VoxelBufferPool? Buffers { get; init; }

    /// <summary>The size limits the series must keep to (its frames × rows × columns; see docs/limits.md).</summary>
    public Radiomics.IO.InputLimits Limits { get; init; } = Radiomics.IO.InputLimits.Default;
}
