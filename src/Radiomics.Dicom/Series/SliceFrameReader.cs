using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Pixels;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Dicom.Series;

/// <summary>
/// Reads the frames of an image file: one for a classic single-frame image (Image Plane module, PS3.3 C.7.6.2),
/// one per frame for an enhanced multi-frame image (Per-frame and Shared Functional Groups, PS3.3 C.7.6.16).
/// </summary>
internal static class SliceFrameReader
{
    /// <summary>
    /// The frames of <paramref name="file"/>. With <paramref name="allowDefaults"/> (a series of one file), missing
    /// geometry is filled in as ITK does, each with a note: identity orientation, origin (0,0,0), pixel spacing from
    /// ImagerPixelSpacing or 1 mm.
    /// </summary>
    /// <remarks>
    /// Before any frame is listed, the frames' voxels must be within <paramref name="limits"/> and the file must be
    /// able to hold their pixels (a forged NumberOfFrames is refused, not looped over). Every number that becomes
    /// geometry or a rescale must be finite.
    /// </remarks>
    public static IReadOnlyList<SliceFrame> Read(DicomFile file, List<string> notes, bool allowDefaults = false, InputLimits? limits = null)
    {
        DicomDataset ds = file.Dataset;
        PixelFormat format = PixelFormat.FromDataset(ds);
        limits ??= InputLimits.Default;
        if (!limits.Allows((double)format.PixelsPerFrame * format.Frames))
        {
            throw new DicomFormatException(DicomProblem.Unsupported, file.Path,
                $"{format.Frames} frame(s) of {format.Columns}×{format.Rows} are {(double)format.PixelsPerFrame * format.Frames:0} voxels, more than {limits.Describe()}");
        }

        SeriesPixelFiller.EnsurePlausibleSize(file, format);
        DicomDataset? shared = ds.GetFirstItem(DicomTags.SharedFunctionalGroupsSequence);
        IReadOnlyList<DicomDataset> perFrame = ds.GetSequence(DicomTags.PerFrameFunctionalGroupsSequence);

        var frames = new List<SliceFrame>(format.Frames);
        for (int f = 0; f < format.Frames; f++)
        {
            DicomDataset? own = f < perFrame.Count ? perFrame[f] : null;
            double[] orientation = Find(ds, own, shared, DicomTags.PlaneOrientationSequence, DicomTags.ImageOrientationPatient);
            double[] spacing = Find(ds, own, shared, DicomTags.PixelMeasuresSequence, DicomTags.PixelSpacing);
            double[] position = Find(ds, own, shared, DicomTags.PlanePositionSequence, DicomTags.ImagePositionPatient);
            double slope = FindNumber(ds, own, shared, DicomTags.PixelValueTransformationSequence, DicomTags.RescaleSlope) ?? 1.0;
            double intercept = FindNumber(ds, own, shared, DicomTags.PixelValueTransformationSequence, DicomTags.RescaleIntercept) ?? 0.0;

            if (position.Length != 3 && f > 0)
            {
                position = DerivePosition(ds, frames[0], f, file.Path, notes, allowDefaults);
            }

            if (allowDefaults)
            {
                (orientation, position, spacing) = Defaults(ds, file.Path, orientation, position, spacing, f == 0 ? notes : new List<string>());
            }

            if (orientation.Length != 6)
            {
                throw new DicomFormatException(DicomProblem.MissingAttribute, file.Path, "the image has no (or a malformed) ImageOrientationPatient (0020,0037), so its geometry is unknown");
            }

            if (position.Length != 3)
            {
                throw new DicomFormatException(DicomProblem.MissingAttribute, file.Path, $"frame {f + 1} has no (or a malformed) ImagePositionPatient (0020,0032)");
            }

            if (spacing.Length != 2 || !(spacing[0] > 0) || !(spacing[1] > 0))
            {
                throw new DicomFormatException(DicomProblem.MissingAttribute, file.Path, "the image has no (or a malformed) PixelSpacing (0028,0030)");
            }

            RequireFinite(file.Path, f, "ImageOrientationPatient (0020,0037)", orientation);
            RequireFinite(file.Path, f, "ImagePositionPatient (0020,0032)", position);
            RequireFinite(file.Path, f, "PixelSpacing (0028,0030)", spacing);
            RequireFinite(file.Path, f, "RescaleSlope (0028,1053) and RescaleIntercept (0028,1052)", [slope, intercept]);

            var row = new Vector3D(orientation[0], orientation[1], orientation[2]);
            var column = new Vector3D(orientation[3], orientation[4], orientation[5]);
            if (Math.Abs(row.Length - 1) > 1e-3 || Math.Abs(column.Length - 1) > 1e-3 || Math.Abs(Vector3D.Dot(row, column)) > 1e-3)
            {
                throw new DicomFormatException(DicomProblem.Malformed, file.Path, "ImageOrientationPatient is not two orthogonal unit vectors");
            }

            frames.Add(new SliceFrame(file, f, new Vector3D(position[0], position[1], position[2]), row / row.Length, column / column.Length,
                spacing[0], spacing[1], slope, intercept, format));
        }

        return frames;
    }

    /// <summary>A value that becomes geometry or a rescale: NaN or infinity is an error naming the attribute.</summary>
    internal static void RequireFinite(string path, int frame, string attribute, double[] values)
    {
        foreach (double value in values)
        {
            if (!double.IsFinite(value) || Math.Abs(value) > MaxCoordinate)
            {
                throw new DicomFormatException(DicomProblem.Malformed, path,
                    $"frame {frame + 1}: {attribute} holds {string.Join("\\", values)}, not finite numbers within ±{MaxCoordinate:0}");
            }
        }
    }

    /// <summary>
    /// The largest magnitude a coordinate, spacing or rescale value may have (10^9; in mm a thousand kilometres): beyond
    /// it the arithmetic that maps positions to voxels loses all precision.
    /// </summary>
    internal const double MaxCoordinate = 1e9;

    /// <summary>
    /// Old-style multi-frame images carry one ImagePositionPatient: later frames are placed along the normal at
    /// SpacingBetweenSlices (else SliceThickness), with a note.
    /// </summary>
    private static double[] DerivePosition(DicomDataset ds, SliceFrame first, int frame, string path, List<string> notes, bool allowDefaults)
    {
        double step = ds.GetNumber(DicomTags.SpacingBetweenSlices) ?? ds.GetNumber(DicomTags.SliceThickness)
            ?? (allowDefaults ? 1.0 : throw new DicomFormatException(DicomProblem.MissingAttribute, path, "the multi-frame image has no per-frame positions and no SpacingBetweenSlices or SliceThickness to derive them"));
        RequireFinite(path, frame, "SpacingBetweenSlices (0018,0088) or SliceThickness (0018,0050)", [step]);
        if (frame == 1)
        {
            notes.Add($"{path}: frame positions derived from the first position and a spacing of {step} mm along the slice normal (no per-frame positions)");
        }

        Vector3D p = first.Position + first.Normal * (step * frame);
        return [p.X, p.Y, p.Z];
    }

    private static (double[] Orientation, double[] Position, double[] Spacing) Defaults(DicomDataset ds, string path,
        double[] orientation, double[] position, double[] spacing, List<string> notes)
    {
        if (orientation.Length != 6)
        {
            orientation = [1, 0, 0, 0, 1, 0];
            notes.Add($"{path}: no ImageOrientationPatient; identity orientation assumed");
        }

        if (position.Length != 3)
        {
            position = [0, 0, 0];
            notes.Add($"{path}: no ImagePositionPatient; origin (0, 0, 0) assumed");
        }

        if (spacing.Length != 2 || spacing[0] <= 0 || spacing[1] <= 0)
        {
            double[] imager = ds.GetNumbers(DicomTags.ImagerPixelSpacing);
            spacing = imager.Length == 2 && imager[0] > 0 && imager[1] > 0 ? imager : [1, 1];
            notes.Add($"{path}: no PixelSpacing; {(ReferenceEquals(spacing, imager) ? "ImagerPixelSpacing" : "1 mm")} used");
        }

        return (orientation, position, spacing);
    }

    /// <summary>An attribute from the frame's own functional group, else the shared one, else the top level.</summary>
    private static double[] Find(DicomDataset top, DicomDataset? own, DicomDataset? shared, DicomTag macro, DicomTag tag)
    {
        foreach (DicomDataset? group in (ReadOnlySpan<DicomDataset?>)[own, shared])
        {
            if (group?.GetFirstItem(macro) is { } item && item.GetNumbers(tag) is { Length: > 0 } values)
            {
                return values;
            }
        }

        return top.GetNumbers(tag);
    }

    private static double? FindNumber(DicomDataset top, DicomDataset? own, DicomDataset? shared, DicomTag macro, DicomTag tag) =>
        Find(top, own, shared, macro, tag) is { Length: > 0 } values ? values[0] : null;
}
