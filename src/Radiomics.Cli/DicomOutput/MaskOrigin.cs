using Radiomics.Dicom;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.RtStruct;
using Radiomics.Dicom.Seg;
using Radiomics.Dicom.Sr;
using Radiomics.Dicom.Writing.Seg;
using Radiomics.Imaging;

namespace Radiomics.Cli.DicomOutput;

/// <summary>
/// Where a case's mask came from, as a report must name it: an image file (its labels become segments of a new SEG),
/// one ROI of an RTSTRUCT (rasterised; a new SEG holds it and the RTSTRUCT is listed as evidence), or a SEG (its
/// segments are referenced as they are). Resolved with the same selection rules as <see cref="InputLoader.LoadCase"/>.
/// </summary>
internal abstract record MaskOrigin
{
    /// <summary>Segmentation Storage SOP Class UID (PS3.4 B.5).</summary>
    private const string SegmentationStorage = "1.2.840.10008.5.1.4.1.1.66.4";

    /// <summary>
    /// The origin of <paramref name="maskPath"/> with the selection <paramref name="roiName"/> / <paramref name="label"/>
    /// the case was loaded with (headers and structure names are read again; contours are not rasterised).
    /// </summary>
    public static MaskOrigin Of(string maskPath, string? roiName, int? label)
    {
        if (!InputLoader.IsDicomInput(maskPath))
        {
            return new ImageFileMask(maskPath);
        }

        string file = DicomInput.ResolveMaskFile(maskPath);
        DicomDataset header = DicomFile.ReadHeader(file).Dataset;
        if (header.GetString(DicomTags.SopClassUid) == SegmentationStorage || header.GetString(DicomTags.Modality) == "SEG")
        {
            DicomSegmentation seg = DicomInput.ReadSegmentation(file);
            return new SegmentationMask(file, SelectedSegment(seg, roiName, label), seg.Segments);
        }

        return new RtStructMask(file, RoiNameOf(file, header, roiName, label));
    }

    /// <summary>
    /// The ROI of the voxels labelled <paramref name="extractionLabel"/> in <paramref name="mask"/> (component
    /// <paramref name="channel"/>), as the report references it.
    /// </summary>
    public abstract RoiSource RoiFor(int extractionLabel, ImageData mask, int channel);

    /// <summary>
    /// How a SEG written from the loaded mask describes its label values: an RTSTRUCT ROI by its name (at
    /// <paramref name="selectedLabel"/>, the value the loader gave it), a SEG's segments by their labels and
    /// descriptions; nothing for an image file (its labels become "Segment N").
    /// </summary>
    public abstract IReadOnlyDictionary<int, SegmentDefinition> SegmentDefinitions(int? selectedLabel);

    /// <summary>
    /// The name of the RTSTRUCT ROI the loader rasterised. The Structure Set ROI Sequence answers the usual selections (an
    /// exact name, a number, the only ROI) without parsing the contours again; any other selector (ignoring case,
    /// regex:, a glob) goes through <see cref="RtStructureSet.Find(string)"/>'s full rules.
    /// </summary>
    private static string RoiNameOf(string file, DicomDataset header, string? roiName, int? label)
    {
        var rois = header.GetSequence(DicomTags.StructureSetRoiSequence)
            .Select(item => (Number: (int?)item.GetNumber(DicomTags.RoiNumber), Name: item.GetString(DicomTags.RoiName) ?? "")).ToList();
        var matches = roiName is not null ? rois.Where(r => r.Name == roiName).ToList()
            : label is { } number ? rois.Where(r => r.Number == number).ToList()
            : rois;
        if (matches.Count == 1)
        {
            return matches[0].Name;
        }

        RtStructureSet set = DicomInput.ReadStructureSet(file);
        return (roiName is not null ? set.Find(roiName) : label is { } n ? set.Find(n) : set.Structures.Single()).Name;
    }

    /// <summary>The segment a SEG selection names (as <see cref="DicomInput.LoadMask(string, ImageGeometry, string?, int?, string?, string?, List{string}?, IO.VoxelBufferPool?)"/> picks it), or null for the label map.</summary>
    private static int? SelectedSegment(DicomSegmentation seg, string? roiName, int? label)
    {
        if (label is not null || roiName is null)
        {
            return label;
        }

        SegSegment? exact = seg.Segments.SingleOrDefault(s => s.Label == roiName);
        return (exact ?? seg.Segments.Single(s => string.Equals(s.Label, roiName, StringComparison.OrdinalIgnoreCase))).Number;
    }

    /// <summary>A mask read from an image file: each label becomes a lesion segment "Label N".</summary>
    private sealed record ImageFileMask(string Path) : MaskOrigin
    {
        public override RoiSource RoiFor(int extractionLabel, ImageData mask, int channel) =>
            new MaskRoi(SegmentDefinition.Lesion($"Label {extractionLabel}") with { Description = $"label {extractionLabel} of {System.IO.Path.GetFileName(Path)}" },
                mask.ToBinaryMask(extractionLabel, channel));

        public override IReadOnlyDictionary<int, SegmentDefinition> SegmentDefinitions(int? selectedLabel) => new Dictionary<int, SegmentDefinition>();
    }

    /// <summary>One ROI of an RTSTRUCT, rasterised on the series' grid.</summary>
    private sealed record RtStructMask(string File, string RoiName) : MaskOrigin
    {
        public override RoiSource RoiFor(int extractionLabel, ImageData mask, int channel) =>
            new MaskRoi(Definition, OwnVoxels(mask) ?? mask.ToBinaryMask(extractionLabel, channel), File);

        /// <summary>
        /// The loader rasterised this one ROI (0 outside, its label inside), so a single-channel UInt8 mask is already the
        /// segment (a SEG takes every non-zero voxel): used as it is, without a copy.
        /// </summary>
        private static Volume<byte>? OwnVoxels(ImageData mask) =>
            mask is { VoxelType: VoxelType.UInt8, Components: 1 } ? new Volume<byte>(mask.Geometry, (byte[])mask.Voxels) : null;

        public override IReadOnlyDictionary<int, SegmentDefinition> SegmentDefinitions(int? selectedLabel) =>
            new Dictionary<int, SegmentDefinition> { [selectedLabel ?? 1] = Definition };

        /// <summary>A lesion segment labelled with the ROI's name (as <see cref="MaskRoi.FromRtStruct"/> describes one).</summary>
        private SegmentDefinition Definition =>
            SegmentDefinition.Lesion(RoiName) with { Description = $"ROI '{RoiName}' of {System.IO.Path.GetFileName(File)}, rasterised on the image grid" };
    }

    /// <summary>A SEG: the selected segment, or (a label map) the segment numbered as the label.</summary>
    private sealed record SegmentationMask(string File, int? Segment, IReadOnlyList<SegSegment> Segments) : MaskOrigin
    {
        public override RoiSource RoiFor(int extractionLabel, ImageData mask, int channel) => new SegSegmentRoi(File, Segment ?? extractionLabel);

        /// <summary>The selected segment at the loader's value, or every segment at its number (the label map).</summary>
        public override IReadOnlyDictionary<int, SegmentDefinition> SegmentDefinitions(int? selectedLabel) =>
            Segments.Where(s => Segment is null || s.Number == Segment)
                .ToDictionary(s => Segment is null ? s.Number : selectedLabel ?? 1, s => SegmentDefinition.Lesion(s.Label) with { Description = s.Description });
    }
}
