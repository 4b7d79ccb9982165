using System.Globalization;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Pixels;
using Radiomics.Imaging;

namespace Radiomics.Dicom.Tests.Support;

/// <summary>One CT slice to write: what the reader needs, plus a private element and a private sequence to be skipped.</summary>
public sealed record TestSlice(string SeriesUid, string SopUid, Vector3D Position, double[] Orientation, double RowSpacing, double ColumnSpacing,
    int Rows, int Columns, short[] Stored, bool Signed, double Slope, double Intercept, int BitsStored = 16, string FrameOfReferenceUid = "1.2.3.4.5.6")
{
    public IReadOnlyList<TestElement> Elements() =>
    [
        new(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.2"),
        new(0x0008, 0x0018, "UI", SopUid),
        new(0x0008, 0x0060, "CS", "CT"),
        new(0x0008, 0x103E, "LO", "test series"),
        new(0x0009, 0x0010, "LO", "PRIVATE CREATOR"),
        new(0x0009, 0x1001, "SQ", Items: [[new TestElement(0x0009, 0x1002, "UN", Bytes: [1, 2, 3, 4])]]),
        new(0x0009, 0x1003, "OB", Bytes: [9, 9, 9, 9, 9, 9]),
        new(0x0008, 0x1140, "SQ", Items: [[new TestElement(0x0008, 0x1150, "UI", "1.2.840.10008.5.1.4.1.1.2"), new TestElement(0x0008, 0x1155, "UI", "9.8.7")]]),
        new(0x0020, 0x000E, "UI", SeriesUid),
        new(0x0020, 0x0032, "DS", Ds(Position.X, Position.Y, Position.Z)),
        new(0x0020, 0x0037, "DS", Ds(Orientation)),
        new(0x0020, 0x0052, "UI", FrameOfReferenceUid),
        new(0x0028, 0x0002, "US", Shorts: [1]),
        new(0x0028, 0x0004, "CS", "MONOCHROME2"),
        new(0x0028, 0x0010, "US", Shorts: [(ushort)Rows]),
        new(0x0028, 0x0011, "US", Shorts: [(ushort)Columns]),
        new(0x0028, 0x0030, "DS", Ds(RowSpacing, ColumnSpacing)),
        new(0x0028, 0x0100, "US", Shorts: [16]),
        new(0x0028, 0x0101, "US", Shorts: [(ushort)BitsStored]),
        new(0x0028, 0x0102, "US", Shorts: [(ushort)(BitsStored - 1)]),
        new(0x0028, 0x0103, "US", Shorts: [Signed ? (ushort)1 : (ushort)0]),
        new(0x0028, 0x1052, "DS", Ds(Intercept)),
        new(0x0028, 0x1053, "DS", Ds(Slope)),
        new(0x7FE0, 0x0010, "OW", Pixels: Stored),
    ];

    /// <summary>The slices of a real single-frame series, read with the product reader, to be re-encoded.</summary>
    public static List<TestSlice> FromFolder(string folder)
    {
        var slices = new List<TestSlice>();
        foreach (string path in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            DicomFile file = DicomFile.Read(path);
            DicomDataset ds = file.Dataset;
            PixelFormat format = PixelFormat.FromDataset(ds);
            int[] stored = PixelDataReader.DecodeFrame(file, 0);
            double[] p = ds.GetNumbers(DicomTags.ImagePositionPatient), spacing = ds.GetNumbers(DicomTags.PixelSpacing);
            slices.Add(new TestSlice(ds.GetString(DicomTags.SeriesInstanceUid)!, ds.GetString(DicomTags.SopInstanceUid)!, new Vector3D(p[0], p[1], p[2]),
                ds.GetNumbers(DicomTags.ImageOrientationPatient), spacing[0], spacing[1], format.Rows, format.Columns,
                stored.Select(v => (short)v).ToArray(), format.Signed, ds.GetNumber(DicomTags.RescaleSlope) ?? 1, ds.GetNumber(DicomTags.RescaleIntercept) ?? 0,
                format.BitsStored, ds.GetString(DicomTags.FrameOfReferenceUid)!));
        }

        return slices;
    }

    /// <summary>A synthetic axial series of <paramref name="count"/> slices, 1 mm apart, with a gradient pattern.</summary>
    public static List<TestSlice> Synthetic(int count, int rows = 8, int columns = 6, string seriesUid = "1.2.3.4.100")
    {
        var slices = new List<TestSlice>();
        for (int z = 0; z < count; z++)
        {
            var stored = new short[rows * columns];
            for (int i = 0; i < stored.Length; i++)
            {
                stored[i] = (short)(i * 7 - 100 + 13 * z);
            }

            slices.Add(new TestSlice(seriesUid, $"{seriesUid}.{z + 1}", new Vector3D(-10, -20, 30 + 2.5 * z), [1, 0, 0, 0, 1, 0],
                0.5, 0.75, rows, columns, stored, Signed: true, Slope: 1, Intercept: -1024));
        }

        return slices;
    }

    /// <summary>Writes every slice to <paramref name="folder"/> in <paramref name="syntax"/>.</summary>
    public static void WriteAll(IEnumerable<TestSlice> slices, string folder, TestSyntax syntax, bool undefinedLengths = false)
    {
        Directory.CreateDirectory(folder);
        int n = 0;
        foreach (TestSlice slice in slices)
        {
            File.WriteAllBytes(Path.Combine(folder, $"slice{n++:D4}.dcm"), TestDicomWriter.Write(slice.Elements(), syntax, undefinedLengths));
        }
    }

    private static string Ds(params double[] values) =>
        string.Join('\\', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
}
