using Radiomics.Dicom.Writing.Seg;
using Radiomics.Imaging;

namespace Radiomics.Dicom.Sr;

/// <summary>Where the ROI of a measurement group comes from: a segment of an existing SEG, or a mask to be written as one.</summary>
public abstract record RoiSource;

/// <summary>Segment <paramref name="SegmentNumber"/> of the SEG file <paramref name="SegPath"/>, referenced as it is.</summary>
public sealed record SegSegmentRoi(string SegPath, int SegmentNumber) : RoiSource;

/// <summary>
/// A mask on the series' grid (non-zero voxels are inside), written into the SEG beside the SR. When it was rasterised
/// from an RTSTRUCT, <paramref name="RtStructPath"/> names it, and the SR lists it as evidence.
/// </summary>
public sealed record MaskRoi(SegmentDefinition Definition, Volume<byte> Mask, string? RtStructPath = null) : RoiSource
{
    /// <summary>An RTSTRUCT ROI rasterised into <paramref name="mask"/>: a lesion segment labelled with the ROI name.</summary>
    public static MaskRoi FromRtStruct(string rtStructPath, string roiName, Volume<byte> mask) =>
        new(SegmentDefinition.Lesion(roiName) with { Description = $"ROI '{roiName}' of {Path.GetFileName(rtStructPath)}, rasterised on the image grid" }, mask, rtStructPath);
}
