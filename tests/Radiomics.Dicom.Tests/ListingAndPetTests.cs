using Radiomics.Dicom.Listing;
using Radiomics.Dicom.Series;
using Radiomics.Dicom.Tests.Support;
using Radiomics.Tests.Support;

namespace Radiomics.Dicom.Tests;

public sealed class ListingAndPetTests
{
    [Fact]
    public void List_IbsiPhantomFolder_ShowsSeriesAndStructureReferencingIt()
    {
        DicomListing listing = DicomInput.List(TestData.Require("ibsi1/ct_phantom/dicom"));

        SeriesSummary series = Assert.Single(listing.Series);
        Assert.Equal("CT", series.Modality);
        Assert.Equal(60, series.FileCount);
        Assert.Equal(60, series.Size.Z);
        Assert.Null(series.Problem);
        StructureSetSummary set = Assert.Single(listing.StructureSets);
        Assert.Contains(series.SeriesInstanceUid, set.ReferencedSeriesUids);
        Assert.Contains(set.Structures, s => s.Name == "GTV-1" && s.ContourCount > 0);
    }

    [Fact]
    public void LoadSeries_PetWithDecayInformation_GivesSuvBodyWeight()
    {
        // SUVbw = Bq/ml × weight(g) / (dose × 2^(−Δt / half-life)), Δt = series time − injection time = 3600 s.
        double factor = 70_000 / (3.7e8 * Math.Pow(2, -3600 / 6586.2));
        using var temp = new TempFolder();
        WritePet(temp.Path, withDecayInformation: true);

        DicomSeries suv = DicomSeriesLoader.Load(temp.Path, new DicomLoadOptions { PetSuvBodyWeight = true });
        DicomSeries raw = DicomSeriesLoader.Load(temp.Path);

        Assert.Equal(Radiomics.Imaging.VoxelType.Float64, suv.Image.VoxelType);
        for (long i = 0; i < raw.Image.Geometry.VoxelCount; i++)
        {
            Assert.Equal(raw.Image.GetDouble(i) * factor, suv.Image.GetDouble(i), 1e-9 * Math.Max(1, Math.Abs(raw.Image.GetDouble(i) * factor)));
        }
    }

    [Fact]
    public void LoadSeries_PetWithoutDose_KeepsStoredValuesWithNote()
    {
        using var temp = new TempFolder();
        WritePet(temp.Path, withDecayInformation: false);

        DicomSeries series = DicomSeriesLoader.Load(temp.Path, new DicomLoadOptions { PetSuvBodyWeight = true });

        Assert.Contains(series.Notes, n => n.Contains("SUV not computed") && n.Contains("RadionuclideTotalDose"));
        Assert.Equal(TestSlice.Synthetic(2)[0].Stored[3] - 1024, series.Image.GetDouble(3));
    }

    private static void WritePet(string folder, bool withDecayInformation)
    {
        int n = 0;
        foreach (TestSlice slice in TestSlice.Synthetic(2))
        {
            var elements = slice.Elements().Where(e => e.Tag != 0x00080060).ToList();
            elements.Add(new TestElement(0x0008, 0x0060, "CS", "PT"));
            elements.Add(new TestElement(0x0008, 0x0031, "TM", "120000"));
            elements.Add(new TestElement(0x0010, 0x1030, "DS", "70"));
            elements.Add(new TestElement(0x0054, 0x1001, "CS", "BQML"));
            elements.Add(new TestElement(0x0054, 0x1102, "CS", "START"));
            elements.Add(new TestElement(0x0054, 0x0016, "SQ", Items: [withDecayInformation
                ? [new TestElement(0x0018, 0x1072, "TM", "110000"), new TestElement(0x0018, 0x1074, "DS", "3.7e8"), new TestElement(0x0018, 0x1075, "DS", "6586.2")]
                : [new TestElement(0x0018, 0x1072, "TM", "110000")]]));
            File.WriteAllBytes(Path.Combine(folder, $"pet{n++}.dcm"), TestDicomWriter.Write(elements, TestSyntax.ImplicitLittle));
        }
    }
}
