using System.Security.Cryptography;
using System.Text;
using Radiomics.Dicom.Coding;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Series;
using Radiomics.Imaging;

namespace Radiomics.Dicom.Writing.Seg;

/// <summary>
/// Writes binary segmentations on a DICOM series' grid as a DICOM Segmentation (Segmentation IOD, PS3.3 A.51; BINARY,
/// PS3.3 C.8.20) in Explicit VR Little Endian:
/// <list type="bullet">
/// <item>patient, study and frame of reference copied from the source series (<see cref="InheritedAttributes"/>);</item>
/// <item>one Segment Sequence item per segment, numbered 1, 2, … in the order given;</item>
/// <item>frames only where a segment holds voxels, packed as <see cref="SegFramePacker"/> says;</item>
/// <item>shared functional groups: Plane Orientation and Pixel Measures (pixel spacing, slice thickness, spacing
/// between slices); per frame: Plane Position, Derivation Image (the source slice, purpose (121322, DCM)), Frame
/// Content (dimension index values: segment number, slice index 1…n), Segment Identification;</item>
/// <item>a dimension organisation over (Referenced Segment Number, Image Position (Patient)) and a Referenced Series
/// Sequence naming every source instance a frame derives from.</item>
/// </list>
/// UIDs come from <see cref="DicomWriteOptions"/>: seeded UIDs are derived from the seed, the source series UID and a
/// SHA-256 of the segments written, so one seed can serve a whole batch. The file is written atomically.
/// </summary>
public static class DicomSegWriter
{
    /// <summary>Writes <paramref name="segments"/> (masks on <paramref name="source"/>'s grid) to <paramref name="path"/>.</summary>
    public static SegWriteResult Write(string path, DicomSeries source, IReadOnlyList<SegmentMask> segments,
        SegmentationMetadata? metadata = null, DicomWriteOptions? options = null) =>
        Write(path, SourceSeries.From(source), segments, metadata ?? SegmentationMetadata.Default, options ?? DicomWriteOptions.Default);

    /// <summary>
    /// Writes a label map on <paramref name="source"/>'s grid: one segment per label value present (ascending),
    /// described by <paramref name="metadata"/> (<see cref="SegmentationMetadata.ForLabel"/>).
    /// </summary>
    public static SegWriteResult WriteLabelMap(string path, DicomSeries source, Volume<byte> labels,
        SegmentationMetadata? metadata = null, DicomWriteOptions? options = null)
    {
        metadata ??= SegmentationMetadata.Default;
        return Write(path, source, SegmentsOfLabelMap(labels, metadata), metadata, options);
    }

    /// <summary>One binary mask per label value present in <paramref name="labels"/>, in ascending order.</summary>
    public static IReadOnlyList<SegmentMask> SegmentsOfLabelMap(Volume<byte> labels, SegmentationMetadata metadata)
    {
        var present = new bool[256];
        foreach (byte v in labels.Voxels)
        {
            present[v] = true;
        }

        var segments = new List<SegmentMask>();
        for (int label = 1; label < 256; label++)
        {
            if (present[label])
            {
                Volume<byte> mask = labels.Map(v => v == label ? (byte)1 : (byte)0);
                segments.Add(new SegmentMask(metadata.ForLabel(label), mask));
            }
        }

        return segments;
    }

    internal static SegWriteResult Write(string path, SourceSeries source, IReadOnlyList<SegmentMask> segments,
        SegmentationMetadata metadata, DicomWriteOptions options)
    {
        Validate(path, source, segments, metadata);
        List<PlannedFrame> frames = SegFramePacker.Plan(segments);
        if (frames.Count == 0)
        {
            throw new DicomWriteException(path, "every segment is empty: a SEG needs at least one voxel");
        }

        ImageGeometry geometry = source.Geometry;
        byte[] pixels = SegFramePacker.Pack(segments, frames, geometry.Size.X * geometry.Size.Y);
        var identity = new DerivedObjectIdentity(options, source.SeriesInstanceUid, "seg", ContentDigest(pixels, segments, metadata));
        var inherited = new List<string>();
        var ds = new DicomWriteDataset();
        InheritedAttributes.CopyPatientAndStudy(source.Header, ds, inherited);
        InheritedAttributes.CopyFrameOfReference(source.Header, ds, inherited);
        ds.CopyFrom(source.Header, WriterTags.BodyPartExamined, "CS", type2: false, inherited);
        AddSeriesAndEquipment(ds, metadata, identity);
        AddImage(ds, geometry, frames.Count, metadata);
        ds.Sequence(DicomTags.SegmentSequence, segments.Select((s, i) => SegmentItem(s.Definition, i + 1, identity)).ToArray());
        AddFunctionalGroups(ds, source, frames);
        AddDimensions(ds, identity.Create("dimension-organization"));
        AddReferencedSeries(ds, source, frames);
        ds.Bytes(DicomTags.PixelData, "OB", pixels);

        DicomOutputFile.Write(path, ds);
        var written = segments.Select((s, i) => new WrittenSegment(i + 1, s.Definition.Label, frames.Count(f => f.SegmentNumber == i + 1))).ToList();
        return new SegWriteResult(path, identity.InstanceUid, identity.SeriesUid, source.StudyInstanceUid, written, inherited);
    }

    private static void Validate(string path, SourceSeries source, IReadOnlyList<SegmentMask> segments, SegmentationMetadata metadata)
    {
        if (segments.Count is 0 or > 65535)
        {
            throw new DicomWriteException(path, $"a SEG holds 1 to 65535 segments, not {segments.Count}");
        }

        _ = source.StudyInstanceUid;
        _ = source.FrameOfReferenceUid;
        string? contentProblem = metadata.ContentLabel.Length == 0 ? "is empty" : DicomValueRules.Problem("CS", metadata.ContentLabel);
        if (contentProblem is not null)
        {
            throw new DicomWriteException("Content Label (0070,0080)", $"'{metadata.ContentLabel}' {contentProblem}");
        }

        for (int i = 0; i < segments.Count; i++)
        {
            SegmentDefinition d = segments[i].Definition;
            string subject = $"segment {i + 1} ('{d.Label}')";
            if (!segments[i].Mask.Geometry.Matches(source.Geometry, 1e-3))
            {
                throw new DicomWriteException(subject, $"its mask's grid ({segments[i].Mask.Geometry}) is not the series' grid ({source.Geometry}); resample the mask onto the series first");
            }

            string? labelProblem = d.Label.Length == 0 ? "is empty" : DicomValueRules.Problem("LO", d.Label);
            if (labelProblem is not null)
            {
                throw new DicomWriteException(subject, $"the Segment Label (LO) {labelProblem}");
            }

            if (d.AlgorithmType != SegmentAlgorithmType.Manual && string.IsNullOrWhiteSpace(d.AlgorithmName))
            {
                throw new DicomWriteException(subject, $"a {d.AlgorithmType} segment needs an algorithm name (Segment Algorithm Name, 0062,0009)");
            }
        }
    }

    private static void AddSeriesAndEquipment(DicomWriteDataset ds, SegmentationMetadata metadata, DerivedObjectIdentity identity)
    {
        DerivedObjectHeader.Add(ds, DicomSopClasses.Segmentation, identity.InstanceUid, "SEG", identity.SeriesUid, metadata.SeriesNumber,
            metadata.SeriesDescription, metadata.InstanceNumber, identity.Time);
        ds.Text(WriterTags.DeviceSerialNumber, "LO", "0")
            .Text(WriterTags.ContentLabel, "CS", metadata.ContentLabel)
            .Text(WriterTags.ContentDescription, "LO", metadata.ContentDescription)
            .Text(WriterTags.ContentCreatorName, "PN", metadata.ContentCreatorName);
    }

    private static void AddImage(DicomWriteDataset ds, ImageGeometry geometry, int frameCount, SegmentationMetadata metadata)
    {
        ds.Texts(WriterTags.ImageType, "CS", ["DERIVED", "PRIMARY"])
            .UInt16(DicomTags.SamplesPerPixel, 1)
            .Text(DicomTags.PhotometricInterpretation, "CS", "MONOCHROME2")
            .Integer(DicomTags.NumberOfFrames, frameCount)
            .UInt16(DicomTags.Rows, geometry.Size.Y)
            .UInt16(DicomTags.Columns, geometry.Size.X)
            .UInt16(DicomTags.BitsAllocated, 1)
            .UInt16(DicomTags.BitsStored, 1)
            .UInt16(DicomTags.HighBit, 0)
            .UInt16(DicomTags.PixelRepresentation, 0)
            .Text(WriterTags.LossyImageCompression, "CS", "00")
            .Text(DicomTags.SegmentationType, "CS", "BINARY");
    }

    private static DicomWriteDataset SegmentItem(SegmentDefinition d, int number, DerivedObjectIdentity identity)
    {
        var item = new DicomWriteDataset()
            .UInt16(DicomTags.SegmentNumber, number)
            .Text(DicomTags.SegmentLabel, "LO", d.Label)
            .Text(WriterTags.SegmentAlgorithmType, "CS", d.AlgorithmType.ToString().ToUpperInvariant())
            .Code(WriterTags.SegmentedPropertyCategoryCodeSequence, d.Category);
        DicomWriteDataset type = DicomWriteDataset.CodeItem(d.Type);
        if (d.TypeModifier is { } modifier)
        {
            type.Code(WriterTags.SegmentedPropertyTypeModifierCodeSequence, modifier);
        }

        item.Sequence(WriterTags.SegmentedPropertyTypeCodeSequence, type);
        if (d.Description is { } description)
        {
            item.Text(DicomTags.SegmentDescription, "ST", description);
        }

        if (d.AlgorithmType != SegmentAlgorithmType.Manual)
        {
            item.Text(WriterTags.SegmentAlgorithmName, "LO", d.AlgorithmName);
        }

        if (d.AnatomicRegion is { } region)
        {
            item.Code(WriterTags.AnatomicRegionSequence, region);
        }

        if (d.Color is { } color)
        {
            item.UInt16(WriterTags.RecommendedDisplayCieLabValue, CieLabColor.Scaled(color));
        }

        if (d.TrackingId is { } tracking)
        {
            item.Text(WriterTags.TrackingId, "UT", tracking).Text(WriterTags.TrackingUid, "UI", identity.Create($"tracking/{number}"));
        }

        return item;
    }

    private static void AddFunctionalGroups(DicomWriteDataset ds, SourceSeries source, List<PlannedFrame> frames)
    {
        ImageGeometry g = source.Geometry;
        Vector3D row = g.Direction.Column(0), column = g.Direction.Column(1);
        double thickness = source.Header.GetNumber(DicomTags.SliceThickness) is double t and > 0 ? t : g.Spacing.Z;
        var shared = new DicomWriteDataset()
            .Sequence(DicomTags.PlaneOrientationSequence, new DicomWriteDataset().Decimals(DicomTags.ImageOrientationPatient, row.X, row.Y, row.Z, column.X, column.Y, column.Z))
            .Sequence(DicomTags.PixelMeasuresSequence, new DicomWriteDataset()
                .Decimals(DicomTags.PixelSpacing, g.Spacing.Y, g.Spacing.X)
                .Decimals(DicomTags.SliceThickness, thickness)
                .Decimals(DicomTags.SpacingBetweenSlices, g.Spacing.Z));
        ds.Sequence(DicomTags.SharedFunctionalGroupsSequence, shared);

        // One derivation item and one plane position per source slice, shared by the frames of every segment on it.
        var derivations = new Dictionary<int, DicomWriteDataset>();
        var positions = new Dictionary<int, DicomWriteDataset>();
        var perFrame = new DicomWriteDataset[frames.Count];
        for (int f = 0; f < frames.Count; f++)
        {
            int k = frames[f].Slice;
            if (!derivations.TryGetValue(k, out DicomWriteDataset? derivation))
            {
                SourceSlice slice = source.Slices[k];
                DicomWriteDataset image = SourceReference(slice).Code(WriterTags.PurposeOfReferenceCodeSequence, DicomCodes.SourceImageForProcessing);
                derivation = new DicomWriteDataset()
                    .Sequence(DicomTags.SourceImageSequence, image)
                    .Code(WriterTags.DerivationCodeSequence, DicomCodes.Segmentation);
                derivations[k] = derivation;
                positions[k] = new DicomWriteDataset().Decimals(DicomTags.ImagePositionPatient, slice.Position.X, slice.Position.Y, slice.Position.Z);
            }

            perFrame[f] = new DicomWriteDataset()
                .Sequence(DicomTags.DerivationImageSequence, derivation)
                .Sequence(DicomTags.FrameContentSequence, new DicomWriteDataset().UInt32(WriterTags.DimensionIndexValues, (uint)frames[f].SegmentNumber, (uint)k + 1))
                .Sequence(DicomTags.PlanePositionSequence, positions[k])
                .Sequence(DicomTags.SegmentIdentificationSequence, new DicomWriteDataset().UInt16(DicomTags.ReferencedSegmentNumber, frames[f].SegmentNumber));
        }

        ds.Sequence(DicomTags.PerFrameFunctionalGroupsSequence, perFrame);
    }

    /// <summary>Referenced SOP Class and Instance UIDs of a source slice, with its frame number in a multi-frame source.</summary>
    internal static DicomWriteDataset SourceReference(SourceSlice slice)
    {
        var item = new DicomWriteDataset()
            .Text(WriterTags.ReferencedSopClassUid, "UI", slice.SopClassUid)
            .Text(DicomTags.ReferencedSopInstanceUid, "UI", slice.SopInstanceUid);
        return slice.FrameNumber is { } frame ? item.Integer(WriterTags.ReferencedFrameNumber, frame) : item;
    }

    private static void AddDimensions(DicomWriteDataset ds, string organisationUid)
    {
        ds.Sequence(DicomTags.DimensionOrganizationSequence, new DicomWriteDataset().Text(WriterTags.DimensionOrganizationUid, "UI", organisationUid));
        ds.Sequence(DicomTags.DimensionIndexSequence,
            Dimension(organisationUid, DicomTags.ReferencedSegmentNumber, DicomTags.SegmentIdentificationSequence, "ReferencedSegmentNumber"),
            Dimension(organisationUid, DicomTags.ImagePositionPatient, DicomTags.PlanePositionSequence, "ImagePositionPatient"));
    }

    private static DicomWriteDataset Dimension(string organisationUid, DicomTag pointer, DicomTag group, string label) =>
        new DicomWriteDataset()
            .Text(WriterTags.DimensionOrganizationUid, "UI", organisationUid)
            .AttributeTag(WriterTags.DimensionIndexPointer, pointer)
            .AttributeTag(WriterTags.FunctionalGroupPointer, group)
            .Text(WriterTags.DimensionDescriptionLabel, "LO", label);

    private static void AddReferencedSeries(DicomWriteDataset ds, SourceSeries source, List<PlannedFrame> frames)
    {
        var instances = frames.Select(f => f.Slice).Distinct().Order()
            .Select(k => source.Slices[k]).DistinctBy(s => s.SopInstanceUid)
            .Select(s => new DicomWriteDataset().Text(WriterTags.ReferencedSopClassUid, "UI", s.SopClassUid).Text(DicomTags.ReferencedSopInstanceUid, "UI", s.SopInstanceUid))
            .ToArray();
        ds.Sequence(DicomTags.ReferencedSeriesSequence, new DicomWriteDataset()
            .Text(DicomTags.SeriesInstanceUid, "UI", source.SeriesInstanceUid)
            .Sequence(DicomTags.ReferencedInstanceSequence, instances));
    }

    /// <summary>A SHA-256 (hex, first 16 bytes) of the packed frames and the segment and series descriptions.</summary>
    private static string ContentDigest(byte[] pixels, IReadOnlyList<SegmentMask> segments, SegmentationMetadata metadata)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(pixels);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\n', segments.Select(s => s.Definition.ToString()))));
        hash.AppendData(Encoding.UTF8.GetBytes(
            $"{metadata.SeriesDescription}|{metadata.SeriesNumber}|{metadata.InstanceNumber}|{metadata.ContentLabel}|{metadata.ContentDescription}|{metadata.ContentCreatorName}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }
}
