using Radiomics.Cli.Batch;

namespace Radiomics.Cli.Tests.Batch;

public class CaseListTests : IDisposable
{
    private readonly BatchWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Read_RelativePaths_ResolveAgainstTheCsvFolder()
    {
        string csv = _work.WriteCsv("list.csv", "Image,Mask,Note", ["img.nii,sub/mask.nii,\"a, quoted \"\"note\"\"\"", "/abs/i.nii,/abs/m.nii,"]);

        CaseList list = CaseList.Read(csv);

        Assert.Equal(["Image", "Mask", "Note"], list.Columns);
        Assert.Equal(_work.Path("img.nii"), list.Cases[0].ImagePath);
        Assert.Equal(_work.Path(Path.Combine("sub", "mask.nii")), list.Cases[0].MaskPath);
        Assert.Equal("a, quoted \"note\"", list.Cases[0].Cells[2]);
        Assert.Equal("/abs/i.nii", list.Cases[1].ImagePath);
    }

    [Theory]
    [InlineData("2", new[] { 2 })]
    [InlineData("1;2", new[] { 1, 2 })]
    [InlineData("[1, 2]", new[] { 1, 2 })]
    [InlineData("3 1 3", new[] { 3, 1 })]
    public void TryParseLabels_AcceptsOneOrSeveralLabels(string text, int[] expected)
    {
        Assert.True(CaseList.TryParseLabels(text, out var labels));
        Assert.Equal(expected, labels);
    }

    [Fact]
    public void Read_BadLabelOrMissingPath_MakesThatRowFailNotTheList()
    {
        string csv = _work.WriteCsv("list.csv", "Image,Mask,Label,label_channel", ["a.nii,b.nii,one,", ",b.nii,1,", "a.nii,b.nii,1,x", "a.nii,b.nii,all,1"]);

        CaseList list = CaseList.Read(csv);

        Assert.Contains("Label 'one'", list.Cases[0].Problem);
        Assert.Contains("no Image", list.Cases[1].Problem);
        Assert.Contains("label_channel 'x'", list.Cases[2].Problem);
        Assert.Null(list.Cases[3].Problem);
        Assert.True(list.Cases[3].AllLabels);
        Assert.Equal(1, list.Cases[3].LabelChannel);
    }

    [Fact]
    public void Read_WithoutImageOrMaskColumn_IsAUsageError()
    {
        string csv = _work.WriteCsv("list.csv", "image,Mask", ["a.nii,b.nii"]);

        var error = Assert.Throws<UsageException>(() => CaseList.Read(csv));
        Assert.Contains("'Image' and 'Mask'", error.Message);
    }

    [Fact]
    public void Read_QuotedFieldWithCommaAndLineBreak_AfterByteOrderMark_IsOneCell()
    {
        string csv = _work.Path("bom.csv");
        File.WriteAllText(csv, "\uFEFFImage,Mask,Note\r\na.nii,b.nii,\"two\r\nlines, one cell\"\r\n", new System.Text.UTF8Encoding(true));

        CaseList list = CaseList.Read(csv);

        Assert.Equal(["Image", "Mask", "Note"], list.Columns);
        Assert.Single(list.Cases);
        Assert.Equal("two\r\nlines, one cell", list.Cases[0].Cells[2]);
    }

    [Fact]
    public void Read_UnclosedQuote_IsOneLineNamingTheFileAndLine()
    {
        string csv = _work.WriteCsv("list.csv", "Image,Mask", ["a.nii,b.nii", "c.nii,\"d.nii"]);

        var error = Assert.Throws<UsageException>(() => CaseList.Read(csv));

        Assert.StartsWith(csv + ": line 3: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
