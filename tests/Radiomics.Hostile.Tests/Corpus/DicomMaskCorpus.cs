using System.Globalization;
using Radiomics.Dicom.Tests.Support;

namespace Radiomics.Hostile.Tests.Corpus;

/// <summary>
/// RTSTRUCT and SEG masks on the synthetic series of <see cref="DicomSeriesCorpus"/>, with hostile contours, frame
/// positions, names, counts and selectors.
/// </summary>
public static class DicomMaskCorpus
{
    private const string SeriesUid = "1.2.3.4.100";
    private const string FrameOfReference = "1.2.3.4.5.6";

    public static void Build(CorpusBuilder c)
    {
        string series = c.PathOf("dicom-masks/series/");
        int n = 0;
        foreach (TestSlice slice in DicomSeriesCorpus.Slices())
        {
            c.Write($"dicom-masks/series/slice{n++}.dcm", TestDicomWriter.Write(slice.Elements(), TestSyntax.ExplicitLittle));
        }

        // RTSTRUCT: one square contour on slices 1 and 2, ROI "GTV".
        double[] Square(int k) => [-9.25, -19, 30 + 2.5 * k, -7, -19, 30 + 2.5 * k, -7, -17.5, 30 + 2.5 * k, -9.25, -17.5, 30 + 2.5 * k];
        void Rt(string name, IEnumerable<(string Name, double[][] Contours)> rois, string? roi = "GTV", string seriesUid = SeriesUid, params string[] extra)
        {
            string path = c.Write($"dicom-masks/{name}.dcm", TestDicomWriter.Write(StructureSet(rois, seriesUid), TestSyntax.ExplicitLittle));
            string[] select = roi is null ? [] : ["--roi", roi];
            c.Extract("rtstruct", name, series, path, [.. select, .. extra]);
        }

        (string, double[][])[] Gtv(params double[][] contours) => [("GTV", contours)];
        Rt("valid", Gtv(Square(1), Square(2)));
        Rt("valid-only-roi", Gtv(Square(1), Square(2)), roi: null);
        Rt("contour-nan", Gtv(Square(1), [.. Square(2)[..3], double.NaN, .. Square(2)[4..]]));
        Rt("contour-inf", Gtv(Square(1), [.. Square(2)[..3], double.PositiveInfinity, .. Square(2)[4..]]));
        Rt("contour-1e308", Gtv(Square(1), [.. Square(2)[..3], 1e308, .. Square(2)[4..]]));
        Rt("contour-1e300-z", Gtv([.. Square(1)[..2], 1e300, .. Square(1)[3..]]));
        Rt("contour-not-triplets", Gtv(Square(1)[..7]));
        Rt("contour-empty", Gtv([]));
        Rt("contour-one-point", Gtv(Square(1)[..3]));
        Rt("contour-outside-image", Gtv(Square(1).Select(v => v + 1000).ToArray()));
        Rt("contour-between-slices", Gtv(Square(1).Select((v, i) => i % 3 == 2 ? v + 1.1 : v).ToArray()));
        Rt("contour-huge-polygon", Gtv(Enumerable.Range(0, 900).SelectMany(i => new[] { -8 + Math.Round(Math.Cos(i * 0.007) * 3, 4), -18 + Math.Round(Math.Sin(i * 0.007) * 3, 4), 32.5 }).ToArray()));
        Rt("no-rois", []);
        Rt("roi-not-found", Gtv(Square(1)), roi: "PTV");
        Rt("roi-regex-invalid", Gtv(Square(1)), roi: "regex:([");
        Rt("roi-regex-catastrophic", [("GTV", [Square(1)]), (new string('a', 5000) + "!", [Square(2)])], roi: "regex:(a+)+$");
        Rt("roi-regex-backreference", [("GTV", [Square(1)]), (new string('a', 3000) + "b", [Square(2)])], roi: "regex:(a*)*\\1b");
        Rt("roi-glob", [("GTV-1", [Square(1)]), ("GTV-2", [Square(2)])], roi: "GTV*");
        Rt("roi-name-escapes", [("\u001b[2J\u001b[31mevil\0name\u0007", [Square(1)]), ("GTV", [Square(2)])], roi: "nope");
        Rt("roi-name-long", [(new string('N', 60), [Square(1)]), ("GTV", [Square(2)])], roi: "nope");
        Rt("rois-thousands", Enumerable.Range(0, 3000).Select(i => ($"roi{i}", new[] { Square(1) })), roi: "nope");
        Rt("references-other-series", Gtv(Square(1)), seriesUid: "9.9.9.9");
        Rt("roi-number-selector-huge", Gtv(Square(1)), roi: "#99999999999999999999");
        c.Run("rtstruct", "ls-escapes", "dicom", "ls", c.PathOf("dicom-masks/roi-name-escapes.dcm"));
        c.Run("rtstruct", "convert-nan", "convert", series, "--out", c.PathOf("out/rt.nii.gz"), "--mask", c.PathOf("dicom-masks/contour-nan.dcm"), "--roi", "GTV", "--mask-out", c.PathOf("out/rt-mask.nii.gz"));

        // SEG: BINARY, one segment, a frame per slice.
        void Seg(string name, Func<int, IReadOnlyList<TestElement>, IEnumerable<TestElement>>? frameEdit = null,
            Func<List<TestElement>, IEnumerable<TestElement>>? edit = null, int frames = 4, params string[] extra)
        {
            List<TestElement> elements = Segmentation(frames, frameEdit ?? ((_, e) => e));
            string path = c.Write($"dicom-masks/{name}.seg.dcm", TestDicomWriter.Write(edit?.Invoke(elements) ?? elements, TestSyntax.ExplicitLittle));
            c.Extract("seg", name, series, path, extra);
        }

        TestElement Position(string text) => new(0x0020, 0x9113, "SQ", Items: [[new TestElement(0x0020, 0x0032, "DS", text)]]);
        Seg("valid");
        Seg("position-nan", (f, e) => f == 1 ? DicomSeriesCorpus.Replace(e, Position("NaN\\-20\\32.5")) : e);
        Seg("position-inf", (f, e) => f == 1 ? DicomSeriesCorpus.Replace(e, Position("-10\\-Infinity\\32.5")) : e);
        Seg("position-huge", (f, e) => DicomSeriesCorpus.Replace(e, Position($"1e308\\-20\\{30 + 2.5 * f}")));
        Seg("position-missing", (f, e) => f == 2 ? e.Where(x => x.Tag != 0x00209113) : e);
        Seg("segment-number-missing", (f, e) => e.Where(x => x.Tag != 0x0062000A));
        Seg("frames-mismatch", frames: 4, edit: e => DicomSeriesCorpus.Replace(e, new TestElement(0x0028, 0x0008, "IS", "7")));
        Seg("frames-billion", edit: e => DicomSeriesCorpus.Replace(e, new TestElement(0x0028, 0x0008, "IS", "1000000000")));
        Seg("type-junk", edit: e => DicomSeriesCorpus.Replace(e, new TestElement(0x0062, 0x0001, "CS", "\u001bFUZZY")));
        Seg("fractional-max-zero", edit: e => DicomSeriesCorpus.Replace(DicomSeriesCorpus.Replace(e, new TestElement(0x0062, 0x0001, "CS", "FRACTIONAL")), new TestElement(0x0062, 0x000E, "US", Shorts: [0])));
        Seg("segment-number-300", edit: e => DicomSeriesCorpus.Replace(e, SegmentSequence(300)), extra: []);
        Seg("short-pixel-data", edit: e => DicomSeriesCorpus.Replace(e, new TestElement(0x7FE0, 0x0010, "OB", Bytes: [0xFF, 0xFF])));
        Seg("spacing-nan", edit: e => DicomSeriesCorpus.Replace(e, Shared("NaN\\0.75", "1\\0\\0\\0\\1\\0")));
        Seg("orientation-nan", edit: e => DicomSeriesCorpus.Replace(e, Shared("0.5\\0.75", "NaN\\0\\0\\0\\1\\0")));
        Seg("label-not-present", extra: ["--label", "7"]);
        Seg("roi-name-unknown", extra: ["--roi", "\u001b]0;pwned\u0007"]);
        c.Run("seg", "convert-position-nan", "convert", series, "--out", c.PathOf("out/seg.nii.gz"), "--mask", c.PathOf("dicom-masks/position-nan.seg.dcm"), "--mask-out", c.PathOf("out/seg-mask.nii.gz"));
        c.Run("seg", "ls", "dicom", "ls", c.PathOf("dicom-masks/"));
    }

    private static List<TestElement> StructureSet(IEnumerable<(string Name, double[][] Contours)> rois, string seriesUid)
    {
        var structureSetRois = new List<IReadOnlyList<TestElement>>();
        var roiContours = new List<IReadOnlyList<TestElement>>();
        int number = 1;
        foreach ((string name, double[][] contours) in rois)
        {
            structureSetRois.Add([new(0x3006, 0x0022, "IS", number.ToString(CultureInfo.InvariantCulture)), new(0x3006, 0x0024, "UI", FrameOfReference), new(0x3006, 0x0026, "LO", name)]);
            roiContours.Add(
            [
                new(0x3006, 0x0084, "IS", number.ToString(CultureInfo.InvariantCulture)),
                new(0x3006, 0x0040, "SQ", Items: contours.Select(points => (IReadOnlyList<TestElement>)
                [
                    new(0x3006, 0x0042, "CS", "CLOSED_PLANAR"),
                    new(0x3006, 0x0046, "IS", (points.Length / 3).ToString(CultureInfo.InvariantCulture)),
                    new(0x3006, 0x0050, "DS", string.Join('\\', points.Select(p => p.ToString("R", CultureInfo.InvariantCulture)))),
                ]).ToList()),
            ]);
            number++;
        }

        return
        [
            new(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.481.3"),
            new(0x0008, 0x0018, "UI", "1.2.3.4.300.1"),
            new(0x0008, 0x0060, "CS", "RTSTRUCT"),
            new(0x3006, 0x0010, "SQ", Items: [[
                new(0x0020, 0x0052, "UI", FrameOfReference),
                new(0x3006, 0x0012, "SQ", Items: [[new(0x3006, 0x0014, "SQ", Items: [[new(0x0020, 0x000E, "UI", seriesUid)]])]]),
            ]]),
            new(0x3006, 0x0020, "SQ", Items: structureSetRois),
            new(0x3006, 0x0039, "SQ", Items: roiContours),
        ];
    }

    private static TestElement Shared(string spacing, string orientation) =>
        new(0x5200, 0x9229, "SQ", Items: [[
            new(0x0028, 0x9110, "SQ", Items: [[new(0x0028, 0x0030, "DS", spacing), new(0x0018, 0x0050, "DS", "2.5")]]),
            new(0x0020, 0x9116, "SQ", Items: [[new(0x0020, 0x0037, "DS", orientation)]]),
        ]]);

    private static TestElement SegmentSequence(int number) =>
        new(0x0062, 0x0002, "SQ", Items: [[new(0x0062, 0x0004, "US", Shorts: [(ushort)number]), new(0x0062, 0x0005, "LO", "tumour")]]);

    /// <summary>A BINARY SEG of <paramref name="frames"/> frames (8 × 6, one per slice of the series, a 4 × 4 square set).</summary>
    private static List<TestElement> Segmentation(int frames, Func<int, IReadOnlyList<TestElement>, IEnumerable<TestElement>> frameEdit)
    {
        var perFrame = new List<IReadOnlyList<TestElement>>();
        for (int f = 0; f < frames; f++)
        {
            IReadOnlyList<TestElement> own =
            [
                new(0x0062, 0x000A, "SQ", Items: [[new TestElement(0x0062, 0x000B, "US", Shorts: [1])]]),
                new(0x0020, 0x9113, "SQ", Items: [[new TestElement(0x0020, 0x0032, "DS", FormattableString.Invariant($"-10\\-20\\{30 + 2.5 * f}"))]]),
            ];
            perFrame.Add(frameEdit(f, own).ToList());
        }

        var bits = new byte[(frames * 48 + 7) / 8];
        for (int f = 0; f < frames; f++)
        {
            for (int r = 2; r < 6; r++)
            {
                for (int col = 1; col < 5; col++)
                {
                    int bit = f * 48 + r * 6 + col;
                    bits[bit / 8] |= (byte)(1 << (bit % 8));
                }
            }
        }

        return
        [
            new(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.66.4"),
            new(0x0008, 0x0018, "UI", "1.2.3.4.400.1"),
            new(0x0008, 0x0060, "CS", "SEG"),
            new(0x0008, 0x1115, "SQ", Items: [[new TestElement(0x0020, 0x000E, "UI", SeriesUid)]]),
            new(0x0020, 0x000E, "UI", "1.2.3.4.400"),
            new(0x0020, 0x0052, "UI", FrameOfReference),
            new(0x0028, 0x0002, "US", Shorts: [1]),
            new(0x0028, 0x0004, "CS", "MONOCHROME2"),
            new(0x0028, 0x0008, "IS", frames.ToString(CultureInfo.InvariantCulture)),
            new(0x0028, 0x0010, "US", Shorts: [8]),
            new(0x0028, 0x0011, "US", Shorts: [6]),
            new(0x0028, 0x0100, "US", Shorts: [1]),
            new(0x0028, 0x0101, "US", Shorts: [1]),
            new(0x0028, 0x0102, "US", Shorts: [0]),
            new(0x0028, 0x0103, "US", Shorts: [0]),
            new(0x0062, 0x0001, "CS", "BINARY"),
            SegmentSequence(1),
            Shared("0.5\\0.75", "1\\0\\0\\0\\1\\0"),
            new(0x5200, 0x9230, "SQ", Items: perFrame),
            new(0x7FE0, 0x0010, "OB", Bytes: bits),
        ];
    }
}
