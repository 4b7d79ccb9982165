using System.Globalization;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Tests.Support;

namespace Radiomics.Dicom.Tests;

/// <summary>Decimal strings are parsed from the stored bytes exactly as the split-and-trim string route reads them.</summary>
public sealed class DecimalStringTests
{
    private static DicomDataset WithContourData(string text) =>
        DicomFile.Parse(TestDicomWriter.Write([new TestElement(0x3006, 0x0050, "DS", Text: text)], TestSyntax.ExplicitLittle), "ds.dcm").Dataset;

    [Theory]
    [InlineData("1.5\\-2e3\\ 3 \\+4.25E-1 ")]
    [InlineData(" 12 ")]
    [InlineData("-0\\0.000001\\1e-310\\123456789012")]
    [InlineData("7\\8\0")]
    public void GetNumbers_EqualsParsingEachTrimmedString(string text)
    {
        DicomDataset dataset = WithContourData(text);

        double[] expected = dataset.GetStrings(DicomTags.ContourData).Select(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, dataset.GetNumbers(DicomTags.ContourData));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void GetNumbers_OfAnEmptyValue_IsEmpty(string text)
    {
        Assert.Empty(WithContourData(text).GetNumbers(DicomTags.ContourData));
    }

    [Theory]
    [InlineData("1\\\\2", "''")]
    [InlineData("1\\abc\\2", "'abc'")]
    public void GetNumbers_WithAPartThatIsNoNumber_IsMalformedNamingThePart(string text, string shown)
    {
        var e = Assert.Throws<DicomFormatException>(() => WithContourData(text).GetNumbers(DicomTags.ContourData));

        Assert.Equal(DicomProblem.Malformed, e.Problem);
        Assert.Contains($"holds {shown}", e.Message, StringComparison.Ordinal);
    }
}
