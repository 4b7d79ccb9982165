using Radiomics.Analysis.Reports;
using Radiomics.Analysis.Tests.Reports.Support;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Imaging;

namespace Radiomics.Analysis.Tests.Reports;

public sealed class CaseReportBuilderTests
{
    [Fact]
    public void Build_SyntheticCase_SixViewsAndAHistogramWithTheExtractionsBinEdges()
    {
        var (image, mask) = SyntheticCohort.Case(0);
        CaseReportData data = ReportFixtures.Data("S000", image, mask, ExtractionParameters.Default);
        CaseReport report = CaseReportBuilder.Build(data);

        RegionReport roi = Assert.Single(report.Regions);
        Assert.Equal(CaseReportBuilder.RoiName, roi.Name);
        Assert.Equal(6, roi.Views.Count);
        Assert.Equal(6, roi.Views.Select(v => (v.Plane, v.Choice)).Distinct().Count());
        long voxels = (long)new DiagnosticsOf(data).Number("diagnostics_Mask-original_VoxelNum");
        Assert.Equal(voxels, roi.VoxelCount);
        Assert.Equal(data.Recorded!.BinEdges, roi.Histogram!.BinEdges);
        Assert.Equal(voxels, roi.Histogram.Kept.Sum());
        Assert.Equal(ImagingModality.CT, report.Modality); // air at -1000 HU
        Assert.Equal("W400/L40 (CT soft tissue)", report.Window);
        Assert.Equal(report.Features.Count, data.Entries.Count(e => !e.Key.StartsWith("diagnostics_", StringComparison.Ordinal)));
        Assert.Contains(report.KeyDiagnostics, d => d.Key == "Settings SHA-256" && d.Value.Length == 64);
        // The largest cross-section has at least as many voxels as the centre slice, in every plane.
        foreach (var plane in roi.Views.GroupBy(v => v.Plane))
        {
            Assert.True(plane.Single(v => v.Choice == SliceChoice.LargestCrossSection).RegionVoxels >= plane.Single(v => v.Choice == SliceChoice.Centre).RegionVoxels);
        }
    }

    [Fact]
    public void Build_Resegmentation_RemovedVoxelsMatchTheDiagnostics()
    {
        var (image, mask) = SyntheticCohort.Case(1);
        ExtractionParameters parameters = ReportFixtures.Parameters("setting:\n  resegmentRange: [45, 1000]\n");
        CaseReportData data = ReportFixtures.Data("S001", image, mask, parameters);
        CaseReport report = CaseReportBuilder.Build(data);

        var diagnostics = new DiagnosticsOf(data);
        long before = (long)diagnostics.Number("diagnostics_Mask-original_VoxelNum"), after = (long)diagnostics.Number("diagnostics_Mask-resegmented_VoxelNum");
        ResegmentationEffect effect = Assert.IsType<ResegmentationEffect>(report.Resegmentation);
        Assert.Equal((before, after), (effect.Before, effect.After));
        Assert.True(effect.Removed > 0);
        IntensityHistogram histogram = report.Regions[0].Histogram!;
        Assert.Equal(effect.Removed, histogram.Removed.Sum());
        Assert.Equal(effect.After, histogram.Kept.Sum());
        Assert.Equal(new[] { 45.0, 1000 }, histogram.Thresholds);
    }

    [Fact]
    public void Build_ResegmentationWithoutRecording_ComputesTheSameRemoval()
    {
        var (image, mask) = SyntheticCohort.Case(1);
        ExtractionParameters parameters = ReportFixtures.Parameters("setting:\n  resegmentRange: [45, 1000]\n");
        CaseReportData recorded = ReportFixtures.Data("S001", image, mask, parameters);
        CaseReport withRecording = CaseReportBuilder.Build(recorded);
        CaseReport without = CaseReportBuilder.Build(recorded with { Recorded = null });

        Assert.Equal(withRecording.Regions[0].Histogram!.Removed, without.Regions[0].Histogram!.Removed);
        Assert.Equal(withRecording.Regions[0].Histogram!.BinEdges, without.Regions[0].Histogram!.BinEdges);
        Assert.Equal(withRecording.Regions[0].Views.Select(v => v.Image.Png), without.Regions[0].Views.Select(v => v.Image.Png));
    }

    [Theory]
    [InlineData(6, WarningKind.SmallRoi)]
    [InlineData(4, WarningKind.SeveralComponents)]
    [InlineData(8, WarningKind.RoiTouchesBorder)]
    [InlineData(0, WarningKind.AnisotropicVoxels)]
    public void Build_SyntheticProblemCases_GetTheirWarning(int k, WarningKind kind)
    {
        CaseReport report = ReportFixtures.SyntheticReport(k);
        Assert.Contains(report.Warnings, w => w.Kind == kind);
    }

    [Fact]
    public void Build_DerivedRegion_GetsItsOwnViewsAndHistogram()
    {
        var (image, mask) = SyntheticCohort.Case(2);
        CaseReportData data = ReportFixtures.Data("S002", image, mask, ExtractionParameters.Default);
        // A ring: the voxels within 2 voxels of the ROI in-plane, outside it, held on a box of the image's grid.
        var box = new BoundingBox(new Index3(10, 10, 2), new Index3(40, 40, 14));
        var ring = new Volume<byte>(image.Geometry.SubRegion(box.Lower, box.Size));
        byte[] roi = (byte[])mask.Voxels;
        for (int z = 0; z < box.Size.Z; z++)
        {
            for (int y = 0; y < box.Size.Y; y++)
            {
                for (int x = 0; x < box.Size.X; x++)
                {
                    int gx = x + 10, gy = y + 10, gz = z + 2;
                    bool near = false;
                    for (int dy = -2; dy <= 2; dy++)
                    {
                        for (int dx = -2; dx <= 2; dx++)
                        {
                            near |= roi[image.Geometry.Size.Offset(gx + dx, gy + dy, gz)] != 0;
                        }
                    }

                    ring[x, y, z] = (byte)(near && roi[image.Geometry.Size.Offset(gx, gy, gz)] == 0 ? 1 : 0);
                }
            }
        }

        CaseReport report = CaseReportBuilder.Build(data with { Regions = [new ReportRegion("ring 2 voxels", ring)] });

        Assert.Equal(2, report.Regions.Count);
        RegionReport region = report.Regions[1];
        Assert.Equal("ring 2 voxels", region.Name);
        Assert.Equal(6, region.Views.Count);
        Assert.Equal(ring.Voxels.ToArray().Count(v => v != 0), region.Histogram!.Kept.Sum());
        Assert.NotEqual(report.Regions[0].Colour, region.Colour);
    }

    [Fact]
    public void Build_WithoutImages_ShowsDiagnosticsAndWarningsOnly()
    {
        var (image, mask) = SyntheticCohort.Case(6);
        CaseReportData data = ReportFixtures.Data("S006", image, mask, ExtractionParameters.Default) with { Image = null, Mask = null, Recorded = null };
        CaseReport report = CaseReportBuilder.Build(data);

        Assert.Empty(report.Regions);
        Assert.Null(report.Thumbnail);
        Assert.Contains(report.Warnings, w => w.Kind == WarningKind.SmallRoi);
        Assert.NotEmpty(report.Notes);
    }

    [Fact]
    public void Build_LabelNotInMask_IsAWarningNotAnError()
    {
        var (image, mask) = SyntheticCohort.Case(0);
        CaseReportData data = ReportFixtures.Data("S000", image, mask, ExtractionParameters.Default);
        CaseReport report = CaseReportBuilder.Build(data with { Settings = data.Settings with { Mask = data.Settings.Mask with { Label = 7 } } });

        Assert.Empty(report.Regions);
        Assert.Contains(report.Warnings, w => w.Kind == WarningKind.InputProblem && w.Message.Contains("label 7"));
    }

    [Fact]
    public void Build_Twice_SameImagesBitForBit()
    {
        var (image, mask) = SyntheticCohort.Case(5);
        CaseReportData data = ReportFixtures.Data("S005", image, mask, ExtractionParameters.Default);
        CaseReport first = CaseReportBuilder.Build(data), second = CaseReportBuilder.Build(data);
        Assert.Equal(first.Regions[0].Views.Select(v => v.Image.Png), second.Regions[0].Views.Select(v => v.Image.Png));
        Assert.Equal(first.Thumbnail!.Png, second.Thumbnail!.Png);
    }

    [Fact]
    public void Build_ModalityGiven_OverridesDetection_AndWindowsOnPercentiles()
    {
        var (image, mask) = SyntheticCohort.Case(0);
        CaseReport report = CaseReportBuilder.Build(ReportFixtures.Data("S000", image, mask, ExtractionParameters.Default) with { Modality = ImagingModality.MR });
        Assert.Equal(ImagingModality.MR, report.Modality);
        Assert.Contains("percentiles", report.Window);
    }

    /// <summary>The numeric diagnostics of a result, for assertions.</summary>
    private sealed class DiagnosticsOf(CaseReportData data)
    {
        public double Number(string name) => data.Entries.Single(e => e.Key == name).Value.Number;
    }
}
