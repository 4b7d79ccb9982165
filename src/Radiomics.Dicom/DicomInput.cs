using Radiomics.Dicom.Listing;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.RtStruct;
using Radiomics.Dicom.Seg;
using Radiomics.Dicom.Series;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Dicom;

/// <summary>
/// The entry points the pipeline and the CLI use: is this DICOM, load an image series, rasterise an RTSTRUCT ROI or
/// a SEG onto an image's grid, list a folder. Every failure is a <see cref="DicomFormatException"/>.
/// </summary>
public static class DicomInput
{
    /// <summary>True for a DICOM file, or a folder holding at least one DICOM file (searched recursively).</summary>
    public static bool IsDicom(string path)
    {
        if (File.Exists(path))
        {
            return DicomFile.IsDicom(path);
        }

        return Directory.Exists(path) && InputFiles.EnumerateFilesBelow(path).Any(DicomFile.IsDicom);
    }

    /// <summary>Loads the image series in a folder (or one file) with its UIDs and notes. See <see cref="DicomSeriesLoader"/>.</summary>
    public static DicomSeries LoadSeries(string folderOrFile, DicomLoadOptions? options = null) =>
        DicomSeriesLoader.Load(folderOrFile, options);

    /// <summary>Loads the image series in a folder (or one file) as an image in LPS geometry.</summary>
    public static ImageData LoadImage(string folderOrFile, DicomLoadOptions? options = null) =>
        DicomSeriesLoader.Load(folderOrFile, options).Image;

    /// <summary>
    /// A mask on the grid of a DICOM series from an RTSTRUCT or SEG file (or a folder holding exactly one), checking
    /// that it references that series. See <see cref="LoadMask(string, ImageGeometry, string?, int?, string?, string?, List{string}?, VoxelBufferPool?)"/>.
    /// </summary>
    public static ImageData LoadMask(string maskPath, DicomSeries reference, string? roiName = null, int? label = null, List<string>? notes = null,
        VoxelBufferPool? buffers = null) =>
        LoadMask(maskPath, reference.Image.Geometry, roiName, label, reference.SeriesInstanceUid, reference.FrameOfReferenceUid, notes, buffers);

    /// <summary>A mask on the grid of an image read from any format (no series check is possible, only geometry).</summary>
    public static ImageData LoadMask(string maskPath, ImageData referenceImage, string? roiName = null, int? label = null, List<string>? notes = null,
        VoxelBufferPool? buffers = null) =>
        LoadMask(maskPath, referenceImage.Geometry, roiName, label, null, null, notes, buffers);

    /// <summary>
    /// A UInt8 mask on <paramref name="geometry"/>.
    /// RTSTRUCT: a binary mask (0/1) of one ROI, chosen by <paramref name="roiName"/> (see <see cref="RtStructureSet.Find(string)"/>:
    /// exact name, name ignoring case, "regex:…", glob, "#N") or by ROI number <paramref name="label"/>; with neither,
    /// the structure set must hold exactly one ROI.
    /// SEG: with <paramref name="label"/> (a segment number) or <paramref name="roiName"/> (a segment label, exact or
    /// ignoring case) a binary mask of that segment; with neither, a label map of all segments (value = segment number).
    /// With <paramref name="buffers"/>, the mask is written into a buffer taken from it.
    /// </summary>
    public static ImageData LoadMask(string maskPath, ImageGeometry geometry, string? roiName, int? label,
        string? seriesInstanceUid, string? frameOfReferenceUid, List<string>? notes = null, VoxelBufferPool? buffers = null)
    {
        notes ??= new List<string>();
        DicomFile file = DicomFile.Read(ResolveMaskFile(maskPath));
        string? sopClass = file.Dataset.GetString(DicomTags.SopClassUid);
        string? modality = file.Dataset.GetString(DicomTags.Modality);
        if (sopClass == DicomSopClasses.RtStructureSet || modality == "RTSTRUCT")
        {
            RtStructureSet set = RtStructureSet.FromFile(file);
            RtStructure roi = roiName is not null ? set.Find(roiName)
                : label is { } number ? set.Find(number)
                : set.Structures.Count == 1 ? set.Structures[0]
                : throw new DicomFormatException(DicomProblem.AmbiguousRoi, file.Path,
                    $"holds {set.Structures.Count} ROIs; choose one by name or number: {string.Join(", ", set.Structures.Take(50).Select(s => $"#{s.Number} {SafeText.Quote(s.Name, 60)}"))}");
            return ImageData.FromVolume(RtStructMaskBuilder.Build(set, roi, geometry, seriesInstanceUid, frameOfReferenceUid, notes, buffers));
        }

        if (sopClass == DicomSopClasses.Segmentation || modality == "SEG")
        {
            DicomSegmentation seg = DicomSegmentation.FromFile(file);
            if (seriesInstanceUid is not null && seg.ReferencedSeriesUids.Count > 0 && !seg.ReferencedSeriesUids.Contains(seriesInstanceUid))
            {
                throw new DicomFormatException(DicomProblem.ReferencesOtherSeries, file.Path,
                    $"the segmentation was made on series {string.Join(", ", seg.ReferencedSeriesUids)}, not on the image's series {seriesInstanceUid}");
            }

            int? segment = label;
            if (segment is null && roiName is not null)
            {
                var matches = seg.Segments.Where(s => s.Label == roiName).ToList();
                if (matches.Count == 0)
                {
                    matches = seg.Segments.Where(s => string.Equals(s.Label, roiName, StringComparison.OrdinalIgnoreCase)).ToList();
                }

                segment = matches.Count == 1 ? matches[0].Number
                    : throw new DicomFormatException(matches.Count == 0 ? DicomProblem.RoiNotFound : DicomProblem.AmbiguousRoi, file.Path,
                        $"{matches.Count} segments are labelled {SafeText.Quote(roiName)}; the segments are: {string.Join(", ", seg.Segments.Take(50).Select(s => $"{s.Number} {SafeText.Quote(s.Label, 60)}"))}");
            }

            Volume<byte> map = seg.ToLabelMap(geometry, segment, notes, buffers);
            if (!map.Voxels.ContainsAnyExcept((byte)0))
            {
                throw new DicomFormatException(DicomProblem.EmptyRoi, file.Path,
                    segment is { } s ? $"segment {s} covers no voxel of the image" : "no segment covers any voxel of the image");
            }

            return ImageData.FromVolume(map);
        }

        throw new DicomFormatException(DicomProblem.Unsupported, file.Path, $"is neither an RTSTRUCT nor a SEG (modality {SafeText.Quote(modality ?? "unknown")}, SOP class {SafeText.Quote(sopClass ?? "unknown")})");
    }

    /// <summary>Reads an RTSTRUCT (to list or select its structures).</summary>
    public static RtStructureSet ReadStructureSet(string path) => RtStructureSet.Read(path);

    /// <summary>Reads a SEG (to list its segments or build label maps).</summary>
    public static DicomSegmentation ReadSegmentation(string path) => DicomSegmentation.Read(path);

    /// <summary>Lists the series, structure sets and segmentations under a folder, for <c>radiomics dicom ls</c>.</summary>
    public static DicomListing List(string folderOrFile) => DicomLister.List(folderOrFile);

    /// <summary>
    /// The RTSTRUCT or SEG file a mask path names: the path itself when it is a file, else the one RTSTRUCT/SEG in the
    /// folder (searched recursively); none or several is a <see cref="DicomFormatException"/> naming them.
    /// </summary>
    public static string ResolveMaskFile(string maskPath)
    {
        if (!Directory.Exists(maskPath))
        {
            return maskPath;
        }

        DicomFolderScanner scan = DicomFolderScanner.Scan(maskPath);
        var candidates = scan.StructureSets.Concat(scan.Segmentations).ToList();
        return candidates.Count == 1 ? candidates[0].Path
            : throw new DicomFormatException(candidates.Count == 0 ? DicomProblem.NoSeries : DicomProblem.AmbiguousSeries, maskPath,
                $"holds {candidates.Count} RTSTRUCT/SEG files; name one: {string.Join(", ", candidates.Select(c => c.Path))}");
    }
}
