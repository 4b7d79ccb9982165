using Radiomics.Dicom.Series;
using Radiomics.Dicom.Tests.Support;
using Radiomics.Imaging;
using Radiomics.Tests.Support;

namespace Radiomics.Dicom.Tests;

/// <summary>The IBSI CT phantom re-encoded in every supported transfer syntax loads to the same voxels and geometry.</summary>
public sealed class TransferSyntaxTests
{
    [Theory]
    [InlineData(TestSyntax.ExplicitLittle, false)]
    [InlineData(TestSyntax.ExplicitLittle, true)]
    [InlineData(TestSyntax.ImplicitLittle, false)]
    [InlineData(TestSyntax.ImplicitLittle, true)]
    [InlineData(TestSyntax.ExplicitBig, false)]
    [InlineData(TestSyntax.Deflated, true)]
    [InlineData(TestSyntax.Rle, false)]
    public void LoadSeries_PhantomRewrittenInSyntax_GivesIdenticalVoxels(TestSyntax syntax, bool undefinedLengths)
    {
        string source = TestData.Require("ibsi1/ct_phantom/dicom/image");
        DicomSeries original = DicomSeriesLoader.Load(source);
        using var temp = new TempFolder();
        TestSlice.WriteAll(TestSlice.FromFolder(source), temp.Path, syntax, undefinedLengths);

        DicomSeries rewritten = DicomSeriesLoader.Load(temp.Path);

        Assert.Equal(original.Image.Geometry, rewritten.Image.Geometry);
        Assert.Equal(original.Image.VoxelType, rewritten.Image.VoxelType);
        Assert.True(original.Image.AsBytes().SequenceEqual(rewritten.Image.AsBytes()), $"voxels differ after rewriting in {syntax}");
    }

    [Fact]
    public void Read_HeadlessFileWithoutMeta_ReadsAsImplicitOrExplicit()
    {
        TestSlice slice = TestSlice.Synthetic(1)[0];
        using var temp = new TempFolder();
        string path = temp.Sub("headless.dcm");
        byte[] withMeta = TestDicomWriter.Write(slice.Elements(), TestSyntax.ImplicitLittle, preamble: false);
        // Drop the group-0002 meta elements too: the file starts with the data set itself.
        int metaLength = 12 + BitConverter.ToInt32(withMeta, 8);
        File.WriteAllBytes(path, withMeta[metaLength..]);

        Assert.True(DicomInput.IsDicom(path));
        DicomSeries series = DicomSeriesLoader.Load(path);
        Assert.Equal(slice.Stored[5] - 1024, series.Image.GetDouble(5));
    }
}
