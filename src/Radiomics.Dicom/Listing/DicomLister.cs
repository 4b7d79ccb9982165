using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.RtStruct;
using Radiomics.Dicom.Seg;
using Radiomics.Dicom.Series;
using Radiomics.Imaging;

namespace Radiomics.Dicom.Listing;

/// <summary>Lists a folder's DICOM content from headers only (no pixel data is decoded for image series).</summary>
public static class DicomLister
{
    /// <summary>
    /// The series, structure sets and segmentations under <paramref name="folderOrFile"/> (a folder, scanned recursively,
    /// or one file), with notes on files that were skipped.
    /// </summary>
    /// <exception cref="DicomFormatException">The path does not exist or holds no DICOM file.</exception>
    public static DicomListing List(string folderOrFile)
    {
        DicomFolderScanner scan = DicomFolderScanner.Scan(folderOrFile);
        var notes = new List<string>(scan.Notes);
        var series = new List<SeriesSummary>();
        foreach (var (uid, files) in scan.ImageSeries())
        {
            series.Add(Summarise(uid, files));
        }

        var structureSets = new List<StructureSetSummary>();
        foreach (DicomFile header in scan.StructureSets)
        {
            RtStructureSet set = RtStructureSet.FromFile(header);
            structureSets.Add(new StructureSetSummary(header.Path, set.ReferencedSeriesUids,
                set.Structures.Select(s => new StructureSummary(s.Number, s.Name, s.ContourCount)).ToList()));
        }

        var segmentations = new List<SegmentationSummary>();
        foreach (DicomFile header in scan.Segmentations)
        {
            DicomSegmentation seg = DicomSegmentation.Read(header.Path);
            segmentations.Add(new SegmentationSummary(header.Path, seg.SegmentationType, seg.ReferencedSeriesUids, seg.Segments,
                header.Dataset.GetString(DicomTags.SeriesDescription)));
        }

        return new DicomListing(series, structureSets, segmentations, notes) { Reports = scan.Reports.Select(ReportLister.Summarise).ToList() };
    }

    private static SeriesSummary Summarise(string uid, List<DicomFile> files)
    {
        DicomDataset head = files[0].Dataset;
        string modality = head.GetString(DicomTags.Modality) ?? "OT";
        string folder = Path.GetDirectoryName(files[0].Path) ?? ".";
        string? problem = null;
        var size = new Size3(head.GetUInt16(DicomTags.Columns) ?? 0, head.GetUInt16(DicomTags.Rows) ?? 0, 0);
        var spacing = new Vector3D(double.NaN, double.NaN, double.NaN);
        try
        {
            var frames = files.SelectMany(f => SliceFrameReader.Read(f, new List<string>())).ToList();
            Vector3D normal = frames[0].Normal;
            var depths = frames.Select(f => Vector3D.Dot(f.Position, normal)).Order().ToList();
            double gap = depths.Count > 1 ? (depths[^1] - depths[0]) / (depths.Count - 1) : double.NaN;
            size = size with { Z = frames.Count };
            spacing = new Vector3D(frames[0].ColumnSpacing, frames[0].RowSpacing, gap);
            if (frames.Any(f => (f.RowDirection - frames[0].RowDirection).Length > 1e-4 || (f.ColumnDirection - frames[0].ColumnDirection).Length > 1e-4))
            {
                problem = "mixed orientations";
            }
            else if (depths.Zip(depths.Skip(1), (a, b) => b - a).Any(g => g < 1e-3))
            {
                problem = "duplicate slice positions";
            }
            else if (depths.Count > 2 && depths.Zip(depths.Skip(1), (a, b) => b - a).Any(g => Math.Abs(g - gap) > 0.01 * gap))
            {
                problem = "uneven slice spacing (a missing slice?)";
            }
        }
        catch (DicomFormatException e)
        {
            problem = e.Message;
        }

        return new SeriesSummary(uid, modality, head.GetString(DicomTags.SeriesDescription), files.Count, size, spacing,
            head.GetString(DicomTags.FrameOfReferenceUid), folder, problem);
    }
}
