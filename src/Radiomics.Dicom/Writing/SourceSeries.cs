using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Series;
using Radiomics.Imaging;

namespace Radiomics.Dicom.Writing;

/// <summary>
/// What a derived object needs of the series it was made from: the header of its first file (patient, study, frame
/// of reference), and for every slice of the loaded volume the instance (and frame) it came from. The headers are
/// read again from <see cref="DicomSeries.Files"/> (pixel data is not read) and each frame is placed on the volume's
/// slice by its position.
/// </summary>
internal sealed class SourceSeries
{
    private SourceSeries(DicomSeries series, DicomDataset header, IReadOnlyList<SourceSlice> slices)
    {
        Series = series;
        Header = header;
        Slices = slices;
    }

    public DicomSeries Series { get; }

    public ImageGeometry Geometry => Series.Image.Geometry;

    /// <summary>The first file's header: patient, study and frame of reference are copied from it.</summary>
    public DicomDataset Header { get; }

    /// <summary>One entry per slice of the volume (index k along the slice normal).</summary>
    public IReadOnlyList<SourceSlice> Slices { get; }

    public string SeriesInstanceUid => Series.SeriesInstanceUid;

    public string Modality => Series.Modality;

    public string StudyInstanceUid => Header.GetString(WriterTags.StudyInstanceUid)
        ?? throw new DicomWriteException(Series.Files[0], "the source image has no Study Instance UID (0020,000D)");

    public string FrameOfReferenceUid => Series.FrameOfReferenceUid
        ?? throw new DicomWriteException(Series.Files[0], "the source image has no Frame of Reference UID (0020,0052), which a segmentation must share");

    /// <summary>Reads the headers of <paramref name="series"/> and maps each of their frames to its slice.</summary>
    public static SourceSeries From(DicomSeries series)
    {
        ImageGeometry geometry = series.Image.Geometry;
        var slices = new SourceSlice?[geometry.Size.Z];
        DicomDataset? first = null;
        var notes = new List<string>();
        foreach (string path in series.Files)
        {
            DicomFile file = DicomFile.ReadHeader(path);
            first ??= file.Dataset;
            string sopClass = file.Dataset.GetString(DicomTags.SopClassUid)
                ?? throw new DicomWriteException(path, "the source image has no SOP Class UID (0008,0016)");
            string sopInstance = file.Dataset.GetString(DicomTags.SopInstanceUid)
                ?? throw new DicomWriteException(path, "the source image has no SOP Instance UID (0008,0018)");
            IReadOnlyList<SliceFrame> frames = SliceFrameReader.Read(file, notes, allowDefaults: series.Files.Count == 1);
            foreach (SliceFrame frame in frames)
            {
                double z = geometry.PhysicalToContinuousIndex(frame.Position).Z;
                int k = (int)Math.Round(z, MidpointRounding.AwayFromZero);
                if (k < 0 || k >= slices.Length || Math.Abs(z - k) > 0.25 || slices[k] is not null)
                {
                    throw new DicomWriteException(path, $"frame {frame.FrameIndex + 1} lies at slice position {z:0.###} of the loaded series, not on one slice of its own; was the series changed since it was loaded?");
                }

                slices[k] = new SourceSlice(sopClass, sopInstance, frames.Count > 1 || frame.Format.Frames > 1 ? frame.FrameIndex + 1 : null, frame.Position);
            }
        }

        if (first is null || slices.Any(s => s is null))
        {
            throw new DicomWriteException(series.Files.Count > 0 ? series.Files[0] : series.SeriesInstanceUid,
                "the files of the series no longer hold every slice of the loaded volume");
        }

        return new SourceSeries(series, first, slices!);
    }
}
