namespace Radiomics.Dicom.Writing.Seg;

/// <summary>
/// The series-level description of a SEG and the descriptions of its segments by label value (the value a voxel of a
/// label map holds). Defaults: series "Segmentation" number 900, instance 1, content label "SEGMENTATION"; a label
/// without a description becomes a lesion segment labelled "Segment N". Read from a dcmqi-style JSON file with
/// <see cref="SegmentMetadataJson.Read"/>.
/// </summary>
public sealed record SegmentationMetadata
{
    /// <summary>The defaults: series "Segmentation" 900, instance 1, content label "SEGMENTATION", no segment descriptions.</summary>
    public static SegmentationMetadata Default { get; } = new();

    /// <summary>Series Description (0008,103E) of the SEG.</summary>
    public string SeriesDescription { get; init; } = "Segmentation";

    /// <summary>Series Number (0020,0011) of the SEG.</summary>
    public int SeriesNumber { get; init; } = 900;

    /// <summary>Instance Number (0020,0013) of the SEG.</summary>
    public int InstanceNumber { get; init; } = 1;

    /// <summary>Content Label (0070,0080): a CS, upper-case letters, digits, space and underscore, at most 16.</summary>
    public string ContentLabel { get; init; } = "SEGMENTATION";

    /// <summary>Content Description (0070,0081), or null.</summary>
    public string? ContentDescription { get; init; }

    /// <summary>Content Creator's Name (0070,0084), a person name (e.g. "Doe^Jane"), or null.</summary>
    public string? ContentCreatorName { get; init; }

    /// <summary>Segment descriptions keyed by label value.</summary>
    public IReadOnlyDictionary<int, SegmentDefinition> SegmentsByLabel { get; init; } = new Dictionary<int, SegmentDefinition>();

    /// <summary>The description of label <paramref name="label"/>: the one given, else a lesion "Segment N".</summary>
    public SegmentDefinition ForLabel(int label) =>
        SegmentsByLabel.TryGetValue(label, out SegmentDefinition? definition) ? definition : SegmentDefinition.Lesion($"Segment {label}");
}
