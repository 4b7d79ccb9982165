using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Sr;
using Radiomics.Dicom.Tests.Support;
using Radiomics.Dicom.Writing;
using Radiomics.Imaging;

namespace Radiomics.Dicom.Tests;

/// <summary>
/// TID 1500 reports written by <see cref="DicomReportExporter"/> for the IBSI CT phantom (RTSTRUCT ROI → SEG beside
/// the SR): valid by dciodvfy and DCMTK, every value read back exactly, every reference resolvable.
/// </summary>
public sealed class MeasurementReportTests
{
    private static (DicomReportExport Export, string Folder) ExportPhantom(TempFolder temp, DicomWriteOptions? options = null)
    {
        PhantomCase phantom = PhantomCase.Get();
        var roi = RoiFeatures.Of(MaskRoi.FromRtStruct(phantom.RtStructPath, "GTV-1", phantom.Mask), phantom.Features);
        var request = new DicomReportRequest(phantom.Series, [roi], ReportAlgorithm.From(phantom.Parameters));
        return (DicomReportExporter.Export(temp.Sub("report.dcm"), request, options), temp.Path);
    }

    [Fact]
    public void Export_PhantomRtStruct_SrAndSegHaveNoValidatorErrors()
    {
        using var temp = new TempFolder();
        var (export, _) = ExportPhantom(temp);

        foreach (string file in new[] { export.Report.Path, export.Segmentation!.Path })
        {
            var (errors, warnings) = DicomTools.Validate(file);
            TestContext.Current.SendDiagnosticMessage($"{Path.GetFileName(file)}: {warnings.Count} warning(s)\n{string.Join("\n", warnings.Distinct())}");
            Assert.Empty(errors);
        }

        DicomTools.Output dump = DicomTools.Run("dsrdump", "+Pc", export.Report.Path);
        Assert.Equal(0, dump.ExitCode);
        Assert.Equal(string.Empty, dump.StandardError.Trim());
        Assert.Equal(0, DicomTools.Run("dcmdump", "-q", export.Segmentation.Path).ExitCode);
    }

    [Fact]
    public void Export_PhantomRtStruct_EveryFeatureReadsBackExactly()
    {
        using var temp = new TempFolder();
        var (export, _) = ExportPhantom(temp);
        var features = PhantomCase.Get().Features.Features.ToList();

        MeasurementReportContent read = MeasurementReportReader.Read(export.Report.Path);

        var measurements = read.Groups.SelectMany(g => g.Measurements.Select(m => (Group: g, Measurement: m))).ToList();
        Assert.Equal(features.Count, measurements.Count);
        Assert.Equal(["original", "log-sigma-3-0-mm-3D"], read.Groups.Select(g => g.ImageType));
        foreach (var (name, value) in features)
        {
            var (group, m) = Assert.Single(measurements, x => x.Measurement.EquivalentName == name);
            FeatureConcept concept = FeatureConceptCatalog.Find(name)!;
            Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(m.FloatingPointValue!.Value));
            Assert.Equal(DecimalString.Format(value), m.NumericValue);
            Assert.Equal(concept.Concept, m.Concept);
            Assert.Equal(concept.ImageType, group.ImageType);
            Assert.Equal(UcumUnits.For(concept.Unit, concept.ImageType == "original" ? IntensityUnit.Hounsfield : IntensityUnit.Arbitrary), m.Unit);
        }
    }

    [Fact]
    public void Export_PhantomRtStruct_DsrdumpReadsTheSameValuesAsOurReader()
    {
        using var temp = new TempFolder();
        var (export, _) = ExportPhantom(temp);

        var dumped = DsrdumpNum.Parse(DicomTools.Run("dsrdump", "+Pc", export.Report.Path).StandardOutput);
        var read = MeasurementReportReader.Read(export.Report.Path).Groups.SelectMany(g => g.Measurements).ToList();

        Assert.Equal(read.Count, dumped.Count);
        for (int i = 0; i < read.Count; i++)
        {
            Assert.Equal((read[i].Concept.Value, read[i].Concept.Scheme, read[i].NumericValue, read[i].Unit!.Value),
                (dumped[i].Code, dumped[i].Scheme, dumped[i].NumericValue, dumped[i].Unit));
        }
    }

    [Fact]
    public void Export_PhantomRtStruct_EveryReferenceResolvesToAnInputOrTheSegBeside()
    {
        using var temp = new TempFolder();
        var (export, _) = ExportPhantom(temp);
        PhantomCase phantom = PhantomCase.Get();
        var known = new Dictionary<string, string>();
        foreach (string file in Directory.GetFiles(phantom.SeriesFolder).Append(phantom.RtStructPath).Append(export.Segmentation!.Path))
        {
            DicomDataset header = DicomFile.ReadHeader(file).Dataset;
            known[header.GetString(DicomTags.SopInstanceUid)!] = header.GetString(DicomTags.SopClassUid)!;
        }

        MeasurementReportContent read = MeasurementReportReader.Read(export.Report.Path);

        Assert.Equal(known.Count, read.Evidence.Count);
        Assert.All(read.Evidence, e => Assert.Equal(known[e.SopInstanceUid], e.SopClassUid));
        Assert.All(read.Groups, g =>
        {
            Assert.Equal(export.Segmentation.SopInstanceUid, g.SegmentationSopInstanceUid);
            Assert.Equal(1, g.SegmentNumber);
            Assert.Equal(phantom.Series.SeriesInstanceUid, g.SourceSeriesInstanceUid);
            Assert.Equal("GTV-1", g.TrackingIdentifier);
        });
        ImageData seg = DicomInput.LoadMask(export.Segmentation.Path, phantom.Series, label: 1);
        Assert.Equal(phantom.Mask.Voxels.ToArray(), (byte[])seg.Voxels);
    }

    [Fact]
    public void Export_SameSeedAndTime_GivesIdenticalBytes_AnotherSeedOtherUids()
    {
        var options = new DicomWriteOptions { UidSeed = "case-001", ContentDateTime = new DateTime(2026, 1, 2, 3, 4, 5) };
        using var first = new TempFolder();
        using var second = new TempFolder();
        using var third = new TempFolder();

        var (a, _) = ExportPhantom(first, options);
        var (b, _) = ExportPhantom(second, options);
        var (c, _) = ExportPhantom(third, options with { UidSeed = "case-002" });

        Assert.Equal(File.ReadAllBytes(a.Report.Path), File.ReadAllBytes(b.Report.Path));
        Assert.Equal(File.ReadAllBytes(a.Segmentation!.Path), File.ReadAllBytes(b.Segmentation!.Path));
        Assert.NotEqual(a.Report.SopInstanceUid, c.Report.SopInstanceUid);
        Assert.NotEqual(a.Segmentation.SopInstanceUid, c.Segmentation!.SopInstanceUid);
        Assert.StartsWith(DicomUidGenerator.Root, a.Report.SopInstanceUid, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_TwoMaskRois_GivesTwoSegmentsAndGroupsReferencingEach()
    {
        using var temp = new TempFolder();
        PhantomCase phantom = PhantomCase.Get();
        Volume<byte> inner = phantom.Mask.Clone();
        inner.Voxels.Clear();
        inner[100, 100, 30] = 1;
        var features = phantom.Features.Features.Where(f => f.Key.StartsWith("original_firstorder_", StringComparison.Ordinal)).ToList();
        var habitat = new MaskRoi(new Writing.Seg.SegmentDefinition("habitat 1")
        {
            AlgorithmType = Writing.Seg.SegmentAlgorithmType.Automatic,
            AlgorithmName = "Radiomics.NET habitats",
        }, inner);
        var request = new DicomReportRequest(phantom.Series,
            [new RoiFeatures(MaskRoi.FromRtStruct(phantom.RtStructPath, "GTV-1", phantom.Mask), features), new RoiFeatures(habitat, features)],
            ReportAlgorithm.From(phantom.Parameters));

        DicomReportExport export = DicomReportExporter.Export(temp.Sub("report.dcm"), request);

        Assert.Equal(["GTV-1", "habitat 1"], export.Segmentation!.Segments.Select(s => s.Label));
        MeasurementReportContent read = MeasurementReportReader.Read(export.Report.Path);
        Assert.Equal([(1, "GTV-1"), (2, "habitat 1")], read.Groups.Select(g => (g.SegmentNumber!.Value, g.TrackingIdentifier!)));
        Assert.NotEqual(read.Groups[0].TrackingUid, read.Groups[1].TrackingUid);
        Assert.Equal(inner.Voxels.ToArray(), (byte[])DicomInput.LoadMask(export.Segmentation.Path, phantom.Series, label: 2).Voxels);
        Assert.Empty(DicomTools.Validate(export.Report.Path).Errors);
    }

    [Fact]
    public void Export_WhenTheSrCannotBeWritten_RemovesTheSegWrittenForIt()
    {
        using var temp = new TempFolder();
        PhantomCase phantom = PhantomCase.Get();
        var roi = new RoiFeatures(MaskRoi.FromRtStruct(phantom.RtStructPath, "GTV-1", phantom.Mask), [new("img_dim_x_init_img", 204)]);

        Assert.Throws<DicomWriteException>(() => DicomReportExporter.Export(temp.Sub("report.dcm"), new DicomReportRequest(phantom.Series, [roi], ReportAlgorithm.From(phantom.Parameters))));

        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
