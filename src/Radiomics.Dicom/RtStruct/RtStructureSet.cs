using System.Text.RegularExpressions;
using Radiomics.Dicom.Parsing;
using Radiomics.IO;

namespace Radiomics.Dicom.RtStruct;

/// <summary>An RT Structure Set (PS3.3 A.19): its ROIs with their contours, and the image series it was drawn on.</summary>
public sealed class RtStructureSet
{
    private RtStructureSet(string path, IReadOnlyList<RtStructure> structures, IReadOnlyList<string> referencedSeriesUids, IReadOnlyList<string> frameOfReferenceUids)
    {
        Path = path;
        Structures = structures;
        ReferencedSeriesUids = referencedSeriesUids;
        FrameOfReferenceUids = frameOfReferenceUids;
    }

    /// <summary>The file the structure set was read from.</summary>
    public string Path { get; }

    /// <summary>The ROIs in Structure Set ROI Sequence order, each with its contours (possibly none).</summary>
    public IReadOnlyList<RtStructure> Structures { get; }

    /// <summary>SeriesInstanceUIDs named in ReferencedFrameOfReferenceSequence › RTReferencedStudySequence › RTReferencedSeriesSequence.</summary>
    public IReadOnlyList<string> ReferencedSeriesUids { get; }

    /// <summary>FrameOfReferenceUIDs of the ReferencedFrameOfReferenceSequence.</summary>
    public IReadOnlyList<string> FrameOfReferenceUids { get; }

    /// <summary>Reads an RTSTRUCT file.</summary>
    public static RtStructureSet Read(string path) => FromFile(DicomFile.Read(path));

    internal static RtStructureSet FromFile(DicomFile file)
    {
        DicomDataset ds = file.Dataset;
        if (!ds.Contains(DicomTags.StructureSetRoiSequence))
        {
            throw new DicomFormatException(DicomProblem.MissingAttribute, file.Path, "not an RT Structure Set: it has no StructureSetROISequence (3006,0020)");
        }

        var contoursByRoi = new Dictionary<int, List<RtContour>>();
        foreach (DicomDataset roiContour in ds.GetSequence(DicomTags.RoiContourSequence))
        {
            int roi = (int)(roiContour.GetNumber(DicomTags.ReferencedRoiNumber) ?? -1);
            var list = contoursByRoi.TryGetValue(roi, out var existing) ? existing : contoursByRoi[roi] = new List<RtContour>();
            foreach (DicomDataset contour in roiContour.GetSequence(DicomTags.ContourSequence))
            {
                double[] points = contour.GetNumbers(DicomTags.ContourData);
                if (points.Length % 3 != 0)
                {
                    throw new DicomFormatException(DicomProblem.Malformed, file.Path, $"ROI {roi} has a contour with {points.Length} coordinates, not a multiple of 3");
                }

                foreach (double coordinate in points)
                {
                    if (!double.IsFinite(coordinate) || Math.Abs(coordinate) > Series.SliceFrameReader.MaxCoordinate)
                    {
                        throw new DicomFormatException(DicomProblem.Malformed, file.Path,
                            $"ROI {roi} has a contour whose ContourData (3006,0050) holds {coordinate}, not a finite coordinate within ±{Series.SliceFrameReader.MaxCoordinate:0} mm");
                    }
                }

                list.Add(new RtContour(contour.GetString(DicomTags.ContourGeometricType) ?? "CLOSED_PLANAR", points));
            }
        }

        var structures = new List<RtStructure>();
        foreach (DicomDataset roi in ds.GetSequence(DicomTags.StructureSetRoiSequence))
        {
            int number = (int)(roi.GetNumber(DicomTags.RoiNumber) ?? -1);
            structures.Add(new RtStructure(number, roi.GetString(DicomTags.RoiName) ?? string.Empty,
                roi.GetString(DicomTags.ReferencedFrameOfReferenceUid), contoursByRoi.GetValueOrDefault(number) ?? []));
        }

        var seriesUids = new List<string>();
        var frameUids = new List<string>();
        foreach (DicomDataset frame in ds.GetSequence(DicomTags.ReferencedFrameOfReferenceSequence))
        {
            if (frame.GetString(DicomTags.FrameOfReferenceUid) is { } uid)
            {
                frameUids.Add(uid);
            }

            foreach (DicomDataset study in frame.GetSequence(DicomTags.RtReferencedStudySequence))
            {
                foreach (DicomDataset series in study.GetSequence(DicomTags.RtReferencedSeriesSequence))
                {
                    if (series.GetString(DicomTags.SeriesInstanceUid) is { } seriesUid)
                    {
                        seriesUids.Add(seriesUid);
                    }
                }
            }
        }

        return new RtStructureSet(file.Path, structures, seriesUids, frameUids);
    }

    /// <summary>
    /// Finds one ROI. <paramref name="selector"/> is tried, in order, as: the exact name; the name ignoring case;
    /// "regex:PATTERN" (a .NET regular expression, case-insensitive, must match the whole name); a glob when it holds
    /// * or ? (case-insensitive); "#N" or a plain number N as the ROI number. A pattern must match exactly one ROI.
    /// </summary>
    public RtStructure Find(string selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        if (Structures.Where(s => s.Name == selector).ToList() is { Count: 1 } exact)
        {
            return exact[0];
        }

        List<RtStructure> matches = Structures.Where(s => string.Equals(s.Name, selector, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 0 && selector.StartsWith("regex:", StringComparison.Ordinal))
        {
            Regex regex = UserPattern(selector[6..]);
            try
            {
                matches = Structures.Where(s => regex.IsMatch(s.Name)).ToList();
            }
            catch (RegexMatchTimeoutException)
            {
                throw new DicomFormatException(DicomProblem.RoiNotFound, Path, $"the ROI pattern {SafeText.Quote(selector)} took more than {PatternTimeout.TotalSeconds:0} s to match the ROI names; simplify it");
            }
        }
        else if (matches.Count == 0 && selector.IndexOfAny(['*', '?']) >= 0)
        {
            var regex = new Regex("^" + Regex.Escape(selector).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            matches = Structures.Where(s => regex.IsMatch(s.Name)).ToList();
        }
        else if (matches.Count == 0 && int.TryParse(selector.TrimStart('#'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number))
        {
            return Find(number);
        }

        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new DicomFormatException(DicomProblem.RoiNotFound, Path, $"no ROI matches {SafeText.Quote(selector)}; the structures are: {List()}"),
            _ => throw new DicomFormatException(DicomProblem.AmbiguousRoi, Path,
                $"{SafeText.Quote(selector)} matches {matches.Count} ROIs ({string.Join(", ", matches.Take(50).Select(m => $"#{m.Number} {SafeText.Quote(m.Name, 60)}"))}); be more specific"),
        };
    }

    /// <summary>The ROI with ROI Number <paramref name="number"/>.</summary>
    public RtStructure Find(int number) =>
        Structures.FirstOrDefault(s => s.Number == number)
        ?? throw new DicomFormatException(DicomProblem.RoiNotFound, Path, $"no ROI number {number}; the structures are: {List()}");

    /// <summary>The ROIs for a message: names escaped and cut, at most 50 listed.</summary>
    private string List() =>
        string.Join(", ", Structures.Take(50).Select(s => $"#{s.Number} {SafeText.Quote(s.Name, 60)} ({s.ContourCount} contours)"))
        + (Structures.Count > 50 ? $" and {Structures.Count - 50} more" : string.Empty);

    /// <summary>How long a user's ROI pattern may take to match one name.</summary>
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A user's "regex:" pattern, anchored and case-insensitive: compiled without backtracking where .NET can (so it
    /// runs in linear time), else with a match timeout; an invalid pattern is an error naming it.
    /// </summary>
    private Regex UserPattern(string pattern)
    {
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        string anchored = $"^(?:{pattern})$";
        try
        {
            try
            {
                return new Regex(anchored, options | RegexOptions.NonBacktracking, PatternTimeout);
            }
            catch (NotSupportedException)
            {
                return new Regex(anchored, options, PatternTimeout); // back-references and look-arounds need backtracking
            }
        }
        catch (ArgumentException e)
        {
            throw new DicomFormatException(DicomProblem.RoiNotFound, Path, $"the ROI pattern {SafeText.Quote("regex:" + pattern)} is not a valid regular expression: {SafeText.Escape(e.Message)}");
        }
    }
}
