using System.Globalization;
using Radiomics.Dicom.Parsing;
using Radiomics.Imaging;

namespace Radiomics.Dicom.Series;

/// <summary>
/// Assembles one image series into a volume. Slices are grouped by SeriesInstanceUID, sorted by their position along
/// the slice normal n = row × column (from ImageOrientationPatient), and checked: one orientation, one size and
/// pixel spacing, no duplicate positions, uniform gaps. Geometry as ITK/SimpleITK build it (LPS): direction columns
/// (row, column, n), origin the ImagePositionPatient of the first slice along n, spacing (column spacing, row
/// spacing, mean gap). Rescale slope/intercept is applied per slice.
/// Only headers are parsed when scanning; each slice's pixel bytes are then read once, into the volume itself.
/// </summary>
public static class DicomSeriesLoader
{
    /// <summary>Loads the series in a folder (searched recursively) or the single file (one slice or a multi-frame image).</summary>
    public static DicomSeries Load(string folderOrFile, DicomLoadOptions? options = null)
    {
        options ??= DicomLoadOptions.Default;
        DicomFolderScanner scan = DicomFolderScanner.Scan(folderOrFile);
        var series = scan.ImageSeries();
        if (series.Count == 0)
        {
            throw new DicomFormatException(DicomProblem.NoSeries, folderOrFile,
                $"holds no DICOM image series ({scan.StructureSets.Count} RTSTRUCT and {scan.Segmentations.Count} SEG file(s) found; load those as masks)");
        }

        (string Uid, List<DicomFile> Files) chosen;
        if (options.SeriesInstanceUid is { } wanted)
        {
            chosen = series.FirstOrDefault(s => s.Uid == wanted);
            if (chosen.Files is null)
            {
                throw new DicomFormatException(DicomProblem.NoSeries, folderOrFile, $"holds no series {wanted}; it holds {string.Join(", ", series.Select(s => s.Uid))}");
            }
        }
        else if (series.Count > 1)
        {
            throw new DicomFormatException(DicomProblem.AmbiguousSeries, folderOrFile,
                $"holds {series.Count} image series; choose one by SeriesInstanceUID: " +
                string.Join("; ", series.Select(s => $"{s.Uid} ({s.Files[0].Dataset.GetString(DicomTags.Modality)}, {s.Files.Count} file(s), '{s.Files[0].Dataset.GetString(DicomTags.SeriesDescription)}')")));
        }
        else
        {
            chosen = series[0];
        }

        var notes = new List<string>(scan.Notes);
        return Assemble(chosen.Uid, chosen.Files, options, notes, folderOrFile);
    }

    internal static DicomSeries Assemble(string seriesUid, IReadOnlyList<DicomFile> files, DicomLoadOptions options, List<string> notes, string source)
    {
        var frames = new List<SliceFrame>();
        foreach (DicomFile file in files)
        {
            frames.AddRange(SliceFrameReader.Read(file, notes, allowDefaults: files.Count == 1, options.Limits));
        }

        string label = $"series {seriesUid}";
        CheckConsistency(frames, source, label);
        Vector3D normal = frames[0].Normal;
        frames.Sort((a, b) => Vector3D.Dot(a.Position, normal).CompareTo(Vector3D.Dot(b.Position, normal)));
        double gap = CheckSpacing(frames, normal, options, source, label, notes);

        SliceFrame first = frames[0];
        var size = new Size3(first.Format.Columns, first.Format.Rows, frames.Count);
        if (size.VoxelCount > int.MaxValue || !options.Limits.Allows(size.VoxelCount))
        {
            throw new DicomFormatException(DicomProblem.Unsupported, source, $"{label} has {size.VoxelCount} voxels, more than {options.Limits.Describe()}");
        }

        var geometry = new ImageGeometry(size, new Vector3D(first.ColumnSpacing, first.RowSpacing, gap), first.Position,
            Direction3.FromColumns(first.RowDirection, first.ColumnDirection, normal));

        DicomDataset head = first.Header.Dataset;
        string modality = head.GetString(DicomTags.Modality) ?? "OT";
        double? suvFactor = null;
        if (options.PetSuvBodyWeight)
        {
            if (modality != "PT")
            {
                notes.Add($"SUV not computed: the modality is {modality}, not PT");
            }
            else
            {
                suvFactor = PetSuvCalculator.Factor(head, files.Select(f => f.Dataset), out string reason);
                notes.Add(suvFactor is { } factor
                    ? string.Create(CultureInfo.InvariantCulture, $"values are SUVbw (g/ml): Bq/ml × {factor:G6}")
                    : $"SUV not computed, values are stored (rescaled) values: {reason}");
            }
        }

        VoxelType type = VoxelTypeChooser.Choose(frames, forceFloat: suvFactor is not null);
        Array voxels = SeriesPixelFiller.Fill(frames, type, suvFactor ?? 1.0, options.MaxDegreeOfParallelism, options.Buffers);
        var image = new ImageData(geometry, type, voxels);
        var orderedFiles = frames.Select(f => f.Path).Distinct().ToList();
        var sopUids = frames.Select(f => f.Header.Dataset.GetString(DicomTags.SopInstanceUid) ?? string.Empty).Distinct().ToList();
        return new DicomSeries(image, seriesUid, head.GetString(DicomTags.FrameOfReferenceUid), modality,
            head.GetString(DicomTags.SeriesDescription), orderedFiles, sopUids, notes);
    }

    private static void CheckConsistency(List<SliceFrame> frames, string source, string label)
    {
        SliceFrame first = frames[0];
        foreach (SliceFrame frame in frames)
        {
            if ((frame.RowDirection - first.RowDirection).Length > 1e-4 || (frame.ColumnDirection - first.ColumnDirection).Length > 1e-4)
            {
                throw new DicomFormatException(DicomProblem.MixedOrientation, source,
                    $"{label} mixes orientations: {Describe(first)} has ImageOrientationPatient {first.RowDirection} {first.ColumnDirection} but {Describe(frame)} has {frame.RowDirection} {frame.ColumnDirection}");
            }

            if (frame.Format.Rows != first.Format.Rows || frame.Format.Columns != first.Format.Columns)
            {
                throw new DicomFormatException(DicomProblem.InconsistentSlices, source,
                    $"{label} mixes slice sizes: {Describe(first)} is {first.Format.Columns}×{first.Format.Rows}, {Describe(frame)} is {frame.Format.Columns}×{frame.Format.Rows}");
            }

            if (Math.Abs(frame.RowSpacing - first.RowSpacing) > 1e-4 || Math.Abs(frame.ColumnSpacing - first.ColumnSpacing) > 1e-4)
            {
                throw new DicomFormatException(DicomProblem.InconsistentSlices, source,
                    $"{label} mixes pixel spacings: {Describe(first)} has {first.RowSpacing}\\{first.ColumnSpacing}, {Describe(frame)} has {frame.RowSpacing}\\{frame.ColumnSpacing}");
            }

            frame.Format.RequireGreyscale(frame.Path);
        }
    }

    /// <summary>The slice gap: duplicate positions and uneven gaps (a missing slice) are errors naming the positions.</summary>
    private static double CheckSpacing(List<SliceFrame> frames, Vector3D normal, DicomLoadOptions options, string source, string label, List<string> notes)
    {
        if (frames.Count == 1)
        {
            DicomDataset ds = frames[0].Header.Dataset;
            double thickness = ds.GetNumber(DicomTags.SpacingBetweenSlices) ?? ds.GetNumber(DicomTags.SliceThickness) ?? 1.0;
            if (!(thickness > 0) || thickness > SliceFrameReader.MaxCoordinate)
            {
                notes.Add($"{label} has one slice and no usable SpacingBetweenSlices/SliceThickness ({thickness}); 1 mm assumed");
                thickness = 1.0;
            }

            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{label} has one slice; slice spacing {thickness} mm taken from SpacingBetweenSlices/SliceThickness (else 1)"));
            return thickness;
        }

        var gaps = new double[frames.Count - 1];
        for (int i = 1; i < frames.Count; i++)
        {
            gaps[i - 1] = Vector3D.Dot(frames[i].Position - frames[i - 1].Position, normal);
            if (gaps[i - 1] < 1e-3)
            {
                throw new DicomFormatException(DicomProblem.DuplicatePosition, source,
                    $"{label} has two slices at the same position {Position(frames[i], normal)}: {Describe(frames[i - 1])} and {Describe(frames[i])}");
            }
        }

        double median = gaps.Order().ElementAt(gaps.Length / 2);
        for (int i = 0; i < gaps.Length; i++)
        {
            if (Math.Abs(gaps[i] - median) > options.SliceGapTolerance * median)
            {
                string what = gaps[i] > 1.5 * median ? $"a missing slice (about {Math.Round(gaps[i] / median) - 1:0} slice(s))" : "uneven slice spacing";
                throw new DicomFormatException(DicomProblem.MissingSlice, source, string.Create(CultureInfo.InvariantCulture,
                    $"{label} has {what}: the gap between {Describe(frames[i])} at {Position(frames[i], normal)} and {Describe(frames[i + 1])} at {Position(frames[i + 1], normal)} is {gaps[i]:G6} mm where the series' gap is {median:G6} mm"));
            }
        }

        Vector3D inPlane = frames[^1].Position - frames[0].Position - normal * Vector3D.Dot(frames[^1].Position - frames[0].Position, normal);
        if (inPlane.Length > 1e-2 * median)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{label}: slice positions drift {inPlane.Length:G4} mm in-plane along the stack (gantry tilt?); the volume ignores the shear as ITK does"));
        }

        return (Vector3D.Dot(frames[^1].Position - frames[0].Position, normal)) / (frames.Count - 1);
    }

    private static string Describe(SliceFrame frame) =>
        frame.Format.Frames > 1 ? $"frame {frame.FrameIndex + 1} of {Path.GetFileName(frame.Path)}" : Path.GetFileName(frame.Path);

    private static string Position(SliceFrame frame, Vector3D normal) =>
        string.Create(CultureInfo.InvariantCulture, $"{Vector3D.Dot(frame.Position, normal):G6} mm");
}
