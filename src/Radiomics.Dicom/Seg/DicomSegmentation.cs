using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Pixels;
using Radiomics.Imaging;

namespace Radiomics.Dicom.Seg;

/// <summary>
/// A DICOM Segmentation (PS3.3 A.51, C.8.20): segments, and frames each belonging to one segment (Segment
/// Identification Sequence) and placed by its Plane Position Sequence. BINARY frames are 1-bit; FRACTIONAL frames
/// are 8-bit with MaximumFractionalValue, and a voxel belongs to the segment when its value is at least half that
/// maximum. LABELMAP frames (Label Map Segmentation Storage, 1.2.840.10008.5.1.4.1.1.66.7) hold segment numbers
/// directly, one frame per plane; planes a sparse LABELMAP leaves out hold its PixelPaddingValue (as dcmqi writes
/// them) in the full label map, and nothing in a single segment's mask.
/// </summary>
public sealed class DicomSegmentation
{
    private readonly DicomFile _file;
    private readonly PixelFormat _format;
    private readonly IReadOnlyList<SegFrame> _frames;

    private DicomSegmentation(DicomFile file, PixelFormat format, IReadOnlyList<SegFrame> frames, IReadOnlyList<SegSegment> segments,
        string type, int maximumFractionalValue, IReadOnlyList<string> referencedSeriesUids)
    {
        _file = file;
        _format = format;
        _frames = frames;
        Segments = segments;
        SegmentationType = type;
        MaximumFractionalValue = maximumFractionalValue;
        ReferencedSeriesUids = referencedSeriesUids;
    }

    /// <summary>The file the segmentation was read from.</summary>
    public string Path => _file.Path;

    /// <summary>The segments in Segment Sequence (0062,0002) order, with their numbers and labels.</summary>
    public IReadOnlyList<SegSegment> Segments { get; }

    /// <summary>BINARY, FRACTIONAL or LABELMAP.</summary>
    public string SegmentationType { get; }

    /// <summary>Maximum Fractional Value (0062,000E) of a FRACTIONAL segmentation (the stored value meaning fraction 1); 1 for BINARY and LABELMAP.</summary>
    public int MaximumFractionalValue { get; }

    /// <summary>Series named in the Referenced Series Sequence (0008,1115): the image the SEG was made on.</summary>
    public IReadOnlyList<string> ReferencedSeriesUids { get; }

    /// <summary>Frame of Reference UID (0020,0052), or null when absent.</summary>
    public string? FrameOfReferenceUid => _file.Dataset.GetString(DicomTags.FrameOfReferenceUid);

    /// <summary>Reads the headers of a DICOM SEG file (the frames are decoded when a segment's mask is asked for).</summary>
    /// <exception cref="DicomFormatException">The file is not a readable SEG, or lacks or contradicts a required attribute.</exception>
    public static DicomSegmentation Read(string path) => FromFile(DicomFile.Read(path));

    internal static DicomSegmentation FromFile(DicomFile file)
    {
        DicomDataset ds = file.Dataset;
        string type = ds.GetString(DicomTags.SegmentationType)
            ?? throw new DicomFormatException(DicomProblem.MissingAttribute, file.Path, "not a DICOM SEG: it has no SegmentationType (0062,0001)");
        if (type is not ("BINARY" or "FRACTIONAL" or "LABELMAP"))
        {
            throw new DicomFormatException(DicomProblem.Unsupported, file.Path, $"SegmentationType {Radiomics.IO.SafeText.Quote(type)} is not supported (BINARY, FRACTIONAL or LABELMAP)");
        }

        PixelFormat format = PixelFormat.FromDataset(ds);
        PixelDataReader.EnsurePlausibleSize(file, format);
        int maximum = type == "FRACTIONAL"
            ? ds.GetUInt16(DicomTags.MaximumFractionalValue) ?? throw new DicomFormatException(DicomProblem.MissingAttribute, file.Path, "a FRACTIONAL SEG without MaximumFractionalValue (0062,000E)")
            : 1;
        if (maximum < 1)
        {
            throw new DicomFormatException(DicomProblem.Malformed, file.Path, "MaximumFractionalValue is 0");
        }

        DicomDataset? shared = ds.GetFirstItem(DicomTags.SharedFunctionalGroupsSequence);
        IReadOnlyList<DicomDataset> perFrame = ds.GetSequence(DicomTags.PerFrameFunctionalGroupsSequence);
        if (perFrame.Count != format.Frames)
        {
            throw new DicomFormatException(DicomProblem.Malformed, file.Path, $"the SEG has {format.Frames} frames but {perFrame.Count} Per-frame Functional Groups items");
        }

        var frames = new List<SegFrame>(format.Frames);
        for (int f = 0; f < format.Frames; f++)
        {
            DicomDataset own = perFrame[f];
            int segment = type == "LABELMAP" ? 0 : (int)(Item(own, shared, DicomTags.SegmentIdentificationSequence)?.GetUInt16(DicomTags.ReferencedSegmentNumber)
                ?? throw Missing(file, f, "ReferencedSegmentNumber (0062,000B)"));
            double[] position = Item(own, shared, DicomTags.PlanePositionSequence)?.GetNumbers(DicomTags.ImagePositionPatient) ?? [];
            double[] orientation = Item(own, shared, DicomTags.PlaneOrientationSequence)?.GetNumbers(DicomTags.ImageOrientationPatient) ?? [];
            DicomDataset? measures = Item(own, shared, DicomTags.PixelMeasuresSequence);
            double[] spacing = measures?.GetNumbers(DicomTags.PixelSpacing) ?? [];
            if (position.Length != 3)
            {
                throw Missing(file, f, "PlanePositionSequence › ImagePositionPatient");
            }

            if (orientation.Length != 6)
            {
                throw Missing(file, f, "PlaneOrientationSequence › ImageOrientationPatient");
            }

            if (spacing.Length != 2)
            {
                throw Missing(file, f, "PixelMeasuresSequence › PixelSpacing");
            }

            double? sliceSpacing = measures!.GetNumber(DicomTags.SpacingBetweenSlices);
            Series.SliceFrameReader.RequireFinite(file.Path, f, "PlanePositionSequence › ImagePositionPatient", position);
            Series.SliceFrameReader.RequireFinite(file.Path, f, "PlaneOrientationSequence › ImageOrientationPatient", orientation);
            Series.SliceFrameReader.RequireFinite(file.Path, f, "PixelMeasuresSequence › PixelSpacing", spacing);
            if (!(spacing[0] > 0) || !(spacing[1] > 0) || sliceSpacing is { } gap && !(gap > 0 && gap <= Series.SliceFrameReader.MaxCoordinate))
            {
                throw new DicomFormatException(DicomProblem.Malformed, file.Path, $"SEG frame {f + 1} has a PixelSpacing or SpacingBetweenSlices that is not a positive number");
            }

            frames.Add(new SegFrame(f, segment, new Vector3D(position[0], position[1], position[2]),
                new Vector3D(orientation[0], orientation[1], orientation[2]), new Vector3D(orientation[3], orientation[4], orientation[5]),
                spacing[0], spacing[1], sliceSpacing));
        }

        var segments = ds.GetSequence(DicomTags.SegmentSequence)
            .Select(s => (Number: s.GetUInt16(DicomTags.SegmentNumber) ?? 0, Item: s))
            .Select(s => new SegSegment(s.Number, s.Item.GetString(DicomTags.SegmentLabel) ?? string.Empty, s.Item.GetString(DicomTags.SegmentDescription),
                type == "LABELMAP" ? frames.Count : frames.Count(fr => fr.Segment == s.Number)))
            .ToList();
        var referenced = ds.GetSequence(DicomTags.ReferencedSeriesSequence)
            .Select(s => s.GetString(DicomTags.SeriesInstanceUid)).OfType<string>().ToList();
        return new DicomSegmentation(file, format, frames, segments, type, maximum, referenced);
    }

    /// <summary>
    /// A label map on <paramref name="geometry"/> (or, when null, on <see cref="DeriveGeometry"/>): each voxel holds the
    /// number of the segment covering it (the highest number where segments overlap), or 0. With
    /// <paramref name="segment"/> given, a binary mask (0/1) of that segment alone. With <paramref name="buffers"/>, the
    /// map's buffer is taken from it (and cleared) instead of allocated.
    /// </summary>
    public Volume<byte> ToLabelMap(ImageGeometry? geometry, int? segment, List<string> notes, Radiomics.IO.VoxelBufferPool? buffers = null)
    {
        if (segment is { } wanted && Segments.All(s => s.Number != wanted))
        {
            throw new DicomFormatException(DicomProblem.RoiNotFound, Path,
                $"no segment {wanted}; the segments are: {string.Join(", ", Segments.Select(s => $"{s.Number} {Radiomics.IO.SafeText.Quote(s.Label, 60)}"))}");
        }

        if (Segments.Any(s => s.Number > 255))
        {
            throw new DicomFormatException(DicomProblem.Unsupported, Path, "segment numbers above 255 do not fit a byte label map");
        }

        geometry ??= DeriveGeometry();
        Volume<byte> map = MaskVolumes.Zeroed(geometry, buffers);
        var values = new int[_format.PixelsPerFrame];
        int threshold = SegmentationType == "FRACTIONAL" ? (MaximumFractionalValue + 1) / 2 : 1;
        bool labelMap = SegmentationType == "LABELMAP";
        Vector3D row = geometry.Direction.Column(0), column = geometry.Direction.Column(1);
        int placed = 0;
        var covered = new bool[geometry.Size.Z];
        foreach (SegFrame frame in _frames.OrderBy(f => f.Segment))
        {
            if (segment is { } only && frame.Segment != only && !labelMap)
            {
                continue;
            }

            if ((frame.RowDirection - row).Length > 1e-3 || (frame.ColumnDirection - column).Length > 1e-3)
            {
                throw new DicomFormatException(DicomProblem.Unsupported, Path, "the SEG frames are oriented differently from the image; resampling a SEG is not supported");
            }

            if (Math.Abs(frame.ColumnSpacing - geometry.Spacing.X) > 1e-3 * geometry.Spacing.X || Math.Abs(frame.RowSpacing - geometry.Spacing.Y) > 1e-3 * geometry.Spacing.Y)
            {
                throw new DicomFormatException(DicomProblem.Unsupported, Path,
                    $"the SEG pixel spacing {frame.RowSpacing}\\{frame.ColumnSpacing} differs from the image's {geometry.Spacing.Y}\\{geometry.Spacing.X}; resampling a SEG is not supported");
            }

            Vector3D index = geometry.PhysicalToContinuousIndex(frame.Position);
            int k = (int)Math.Round(index.Z, MidpointRounding.AwayFromZero);
            if (Math.Abs(index.Z - k) > 0.5 || k < 0 || k >= geometry.Size.Z)
            {
                continue;
            }

            int i0 = (int)Math.Round(index.X, MidpointRounding.AwayFromZero), j0 = (int)Math.Round(index.Y, MidpointRounding.AwayFromZero);
            PixelDataReader.DecodeFrame(_file, _format, frame.Index, values);
            byte label = segment is null ? (byte)frame.Segment : (byte)1;
            Span<byte> plane = map.Slice(k);
            for (int r = 0; r < _format.Rows; r++)
            {
                int j = j0 + r;
                if ((uint)j >= (uint)geometry.Size.Y)
                {
                    continue;
                }

                for (int c = 0; c < _format.Columns; c++)
                {
                    int i = i0 + c;
                    int value = values[r * _format.Columns + c];
                    if ((uint)i >= (uint)geometry.Size.X)
                    {
                        continue;
                    }

                    if (labelMap)
                    {
                        if (value != 0 && (segment is null || value == segment))
                        {
                            plane[j * geometry.Size.X + i] = segment is null ? (byte)value : (byte)1;
                        }
                    }
                    else if (value >= threshold)
                    {
                        plane[j * geometry.Size.X + i] = label;
                    }
                }
            }

            covered[k] = true;
            placed++;
        }

        if (labelMap && segment is null && _file.Dataset.GetUInt16(DicomTags.PixelPaddingValue) is { } padding and > 0 and < 256)
        {
            for (int k = 0; k < covered.Length; k++)
            {
                if (!covered[k])
                {
                    map.Slice(k).Fill((byte)padding);
                }
            }

            if (covered.Contains(false))
            {
                notes.Add($"planes without a frame in the sparse label map hold its PixelPaddingValue {padding}");
            }
        }

        int total = segment is { } s && !labelMap ? _frames.Count(f => f.Segment == s) : _frames.Count;
        if (placed < total)
        {
            notes.Add($"{total - placed} of {total} SEG frame(s) lie outside the image grid and were ignored");
        }

        return map;
    }

    /// <summary>
    /// The grid the SEG itself describes: its frames' orientation and pixel spacing, origin at the lowest frame
    /// position along the normal, slice spacing SpacingBetweenSlices (else the smallest gap between distinct frame
    /// positions), enough slices to hold every frame.
    /// </summary>
    public ImageGeometry DeriveGeometry()
    {
        SegFrame first = _frames[0];
        Vector3D normal = Vector3D.Cross(first.RowDirection, first.ColumnDirection);
        var depths = _frames.Select(f => Vector3D.Dot(f.Position, normal)).Distinct().Order().ToList();
        var distinct = new List<double> { depths[0] };
        foreach (double d in depths.Skip(1))
        {
            if (d - distinct[^1] > 1e-3)
            {
                distinct.Add(d);
            }
        }

        double gap = first.SliceSpacing ?? (distinct.Count > 1 ? distinct.Zip(distinct.Skip(1), (a, b) => b - a).Min() : 1.0);
        double count = Math.Round((distinct[^1] - distinct[0]) / gap) + 1;
        if (!(gap > 0) || count > 65536 || count * _format.PixelsPerFrame > int.MaxValue)
        {
            throw new DicomFormatException(DicomProblem.Malformed, Path, $"the SEG frames span {count} slices of {gap} mm, not a plausible grid");
        }

        int slices = (int)count;
        SegFrame lowest = _frames.MinBy(f => Vector3D.Dot(f.Position, normal))!;
        return new ImageGeometry(new Size3(_format.Columns, _format.Rows, slices), new Vector3D(first.ColumnSpacing, first.RowSpacing, gap),
            lowest.Position, Direction3.FromColumns(first.RowDirection, first.ColumnDirection, normal));
    }

    private static DicomDataset? Item(DicomDataset own, DicomDataset? shared, DicomTag macro) =>
        own.GetFirstItem(macro) ?? shared?.GetFirstItem(macro);

    private static DicomFormatException Missing(DicomFile file, int frame, string what) =>
        new(DicomProblem.MissingAttribute, file.Path, $"SEG frame {frame + 1} has no {what}");
}
