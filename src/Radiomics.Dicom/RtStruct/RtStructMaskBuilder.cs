using Radiomics.Imaging;

namespace Radiomics.Dicom.RtStruct;

/// <summary>
/// Turns one ROI of a structure set into a binary mask on an image grid, after checking the structure set was drawn
/// on that image (same series, else same frame of reference) and that the ROI is not empty.
/// </summary>
public static class RtStructMaskBuilder
{
    /// <summary>
    /// The mask of <paramref name="roi"/> on <paramref name="geometry"/>. <paramref name="seriesInstanceUid"/> and
    /// <paramref name="frameOfReferenceUid"/> describe the image (null when unknown, e.g. an image read from NIfTI:
    /// then only geometry ties them). With <paramref name="buffers"/>, the mask's buffer is taken from it.
    /// </summary>
    public static Volume<byte> Build(RtStructureSet set, RtStructure roi, ImageGeometry geometry, string? seriesInstanceUid, string? frameOfReferenceUid, List<string> notes,
        Radiomics.IO.VoxelBufferPool? buffers = null)
    {
        if (seriesInstanceUid is not null && set.ReferencedSeriesUids.Count > 0 && !set.ReferencedSeriesUids.Contains(seriesInstanceUid))
        {
            throw new DicomFormatException(DicomProblem.ReferencesOtherSeries, set.Path,
                $"the structure set was drawn on series {string.Join(", ", set.ReferencedSeriesUids)}, not on the image's series {seriesInstanceUid}");
        }

        string? roiFrame = roi.ReferencedFrameOfReferenceUid;
        if (frameOfReferenceUid is not null && roiFrame is not null && roiFrame != frameOfReferenceUid)
        {
            throw new DicomFormatException(DicomProblem.ReferencesOtherSeries, set.Path,
                $"ROI #{roi.Number} '{roi.Name}' is in frame of reference {roiFrame}, not the image's {frameOfReferenceUid}");
        }

        if (roi.Contours.Count == 0)
        {
            throw new DicomFormatException(DicomProblem.EmptyRoi, set.Path, $"ROI #{roi.Number} '{roi.Name}' has no contours");
        }

        Volume<byte> mask = ContourRasteriser.Rasterise(roi.Contours, geometry, notes, set.Path, buffers);
        if (!mask.Voxels.ContainsAnyExcept((byte)0))
        {
            throw new DicomFormatException(DicomProblem.EmptyRoi, set.Path,
                $"ROI #{roi.Number} '{roi.Name}' covers no voxel centre of the image ({roi.Contours.Count} contour(s); {string.Join("; ", notes)})");
        }

        return mask;
    }
}
