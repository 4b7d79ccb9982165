using Radiomics.Analysis.Habitats;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Tests.Analysis;
using Radiomics.Cli.Tests.CommandLine;

namespace Radiomics.Cli.Tests.Regions;

/// <summary>
/// <c>radiomics habitats</c> end to end on the planted three-region phantom (tests/data/analysis/regions/planted): the
/// chosen k is 3 and the habitats agree with the planted regions (adjusted Rand index ≥ 0.95, the data's acceptance), from
/// intensities and from a local-mean voxel map, per case and as a population; the table agrees with the map written;
/// <c>--extract</c> equals extracting with the map as the mask; a failing case is listed (exit 3); outputs do not depend
/// on --jobs; every error is one line.
/// </summary>
public sealed class HabitatsCommandTests : IDisposable
{
    private const double Acceptance = 0.95;

    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("--images", "Image")]
    [InlineData("-p", "local-mean.yaml")]
    public void Habitats_PlantedPhantom_RecoversThreeRegions(string option, string value)
    {
        string dir = _work.Path("out");

        var run = CliRunner.Run("habitats", RegionData.Cli("planted-cases.csv"), option, value.EndsWith(".yaml", StringComparison.Ordinal) ? RegionData.Cli(value) : value,
            "--k-range", "2-6", "--out-dir", dir);

        Assert.True(run.ExitCode == 0, run.Error);
        FeatureTable table = AnalysisData.Read(Path.Combine(dir, "habitats.csv"), idColumn: "ID");
        Assert.Equal(3.0, Value(table, "habitats_K"));
        Assert.True(AgreementWithPlanted(Path.Combine(dir, "planted_habitats.nii.gz")) >= Acceptance);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(Path.Combine(dir, "planted_criterion.png"))[..4]);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(dir, "planted_criterion.svg")));
        Assert.True(File.Exists(Path.Combine(dir, "habitats.csv.provenance.json")));
        double best = new[] { 2, 3, 4, 5, 6 }.Max(k => Value(table, $"habitats_Silhouette_k{k}"));
        Assert.Equal(best, Value(table, "habitats_Silhouette_k3"));
        Assert.Matches(@"case planted \(1/1\): 3 habitats", run.Error);
    }

    [Fact]
    public void Habitats_Population_GivesBothCasesTheSameThreeHabitats()
    {
        string cases = _work.WriteCsv("cohort.csv", "ID,Image,Mask",
            [$"A,{RegionData.Planted("image.nii.gz")},{RegionData.Planted("mask.nii.gz")}", $"B,{RegionData.Planted("image.nii.gz")},{RegionData.Planted("mask.nii.gz")}"]);
        string dir = _work.Path("population");

        var run = CliRunner.Run("habitats", cases, "-p", RegionData.Cli("local-mean.yaml"), "--population", "--k-range", "2-6", "--out-dir", dir);

        Assert.True(run.ExitCode == 0, run.Error);
        FeatureTable table = AnalysisData.Read(Path.Combine(dir, "habitats.csv"), idColumn: "ID");
        Assert.Equal([3.0, 3.0], table.Column(table.IndexOfFeature("habitats_K")).ToArray());
        Assert.True(AgreementWithPlanted(Path.Combine(dir, "A_habitats.nii.gz")) >= Acceptance);
        Assert.Equal(RegionData.Labels(Path.Combine(dir, "A_habitats.nii.gz")), RegionData.Labels(Path.Combine(dir, "B_habitats.nii.gz")));
        Assert.Equal(3, TwoStepHabitatModelJson.Read(File.ReadAllText(Path.Combine(dir, "habitat-model.json"))).HabitatCount);
        Assert.True(File.Exists(Path.Combine(dir, "criterion.png")) && File.Exists(Path.Combine(dir, "criterion.svg")));
    }

    [Fact]
    public void Habitats_TableMetrics_AreThoseOfTheMapWritten()
    {
        string dir = _work.Path("metrics");

        var run = CliRunner.Run("habitats", RegionData.Cli("planted-cases.csv"), "--images", "Image", "--k", "3", "--min-fragment", "20", "--out-dir", dir);

        Assert.True(run.ExitCode == 0, run.Error);
        FeatureTable table = AnalysisData.Read(Path.Combine(dir, "habitats.csv"), idColumn: "ID");
        var map = Radiomics.IO.ImageReader.Read(Path.Combine(dir, "planted_habitats.nii.gz"));
        HabitatMetricsResult metrics = HabitatMetrics.Compute(map.ToDoubleVolume().Map(v => (byte)v), Radiomics.Preprocessing.Regions.Connectivity.Full, 3);
        Assert.Equal(22685.0, Value(table, "habitats_Voxels"));
        for (int h = 1; h <= 3; h++)
        {
            Assert.Equal(metrics.Habitats[h - 1].VolumeFraction, Value(table, $"habitat{h}_VolumeFraction"));
            Assert.Equal(metrics.Habitats[h - 1].Regions, Value(table, $"habitat{h}_Regions"));
        }

        Assert.Equal(1.0, Enumerable.Range(1, 3).Sum(h => Value(table, $"habitat{h}_VolumeFraction")), 12);
        Assert.Equal(metrics.MsiHabit.Contrast, Value(table, "habitats_MsiContrast"));
        Assert.Equal(metrics.IthScore, Value(table, "habitats_IthScore"));
        Assert.Equal(-1, table.IndexOfFeature("habitats_Silhouette_k3")); // a fixed k has no criterion
    }

    [Fact]
    public void Habitats_Extract_EqualsExtractingWithTheHabitatMapAsTheMask()
    {
        string dir = _work.Path("extract");
        var run = CliRunner.Run("habitats", RegionData.Cli("planted-cases.csv"), "-p", RegionData.Cli("local-mean.yaml"), "--k", "3", "--extract", "--out-dir", dir);
        Assert.True(run.ExitCode == 0, run.Error);

        FeatureTable table = AnalysisData.Read(Path.Combine(dir, "habitats.csv"), idColumn: "ID");
        for (int h = 1; h <= 3; h++)
        {
            string json = _work.Path($"h{h}.json");
            var direct = CliRunner.Run("extract", RegionData.Planted("image.nii.gz"), Path.Combine(dir, "planted_habitats.nii.gz"), "-p", RegionData.Cli("local-mean.yaml"),
                "--label", h.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", json);
            Assert.True(direct.ExitCode == 0, direct.Error);
            double expected = RegionData.Features(RegionData.ReadJson(json))["original_firstorder_Mean"];
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(Value(table, $"habitat{h}_original_firstorder_Mean")));
        }
    }

    [Fact]
    public void Habitats_FailingCase_IsListedAndTheOthersRun()
    {
        string cases = _work.WriteCsv("cases.csv", "ID,Image,Mask",
            [$"good,{RegionData.Planted("image.nii.gz")},{RegionData.Planted("mask.nii.gz")}", $"bad,{_work.Path("missing.nii.gz")},{RegionData.Planted("mask.nii.gz")}"]);
        string dir = _work.Path("failing");

        var run = CliRunner.Run("habitats", cases, "--images", "Image", "--k", "3", "--out-dir", dir);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("case bad (2/2) failed", run.Error);
        Assert.True(File.Exists(Path.Combine(dir, "good_habitats.nii.gz")));
        Assert.False(File.Exists(Path.Combine(dir, "bad_habitats.nii.gz")));
        string[] errors = File.ReadAllLines(Path.Combine(dir, "habitats.errors.csv"));
        Assert.Equal(2, errors.Length);
        Assert.StartsWith("bad,", errors[1]);
        FeatureTable table = AnalysisData.Read(Path.Combine(dir, "habitats.csv"), idColumn: "ID");
        Assert.Equal(["good", "bad"], table.Ids);
        Assert.True(double.IsNaN(table[1, table.IndexOfFeature("habitats_K")]));
    }

    [Fact]
    public void Habitats_Jobs_DoNotChangeTheOutputs()
    {
        string cases = _work.WriteCsv("three.csv", "ID,Image,Mask",
            new[] { "A", "B", "C" }.Select(id => $"{id},{RegionData.Planted("image.nii.gz")},{RegionData.Planted("mask.nii.gz")}"));
        string one = _work.Path("j1"), two = _work.Path("j2");

        var first = CliRunner.Run("habitats", cases, "--images", "Image", "--k-range", "2-4", "--population", "--supervoxels", "30", "--out-dir", one);
        var second = CliRunner.Run("habitats", cases, "--images", "Image", "--k-range", "2-4", "--population", "--supervoxels", "30", "-j", "2", "--out-dir", two);

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first.Error + second.Error);
        foreach (string file in new[] { "habitats.csv", "habitats.csv.provenance.json", "A_habitats.nii.gz", "C_habitats.nii.gz", "habitat-model.json", "criterion.png", "criterion.svg" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, file)), File.ReadAllBytes(Path.Combine(two, file)));
        }
    }

    [Fact]
    public void Habitats_DicomCaseWithSeg_WritesASegHoldingTheLabelMap()
    {
        string series = Radiomics.Tests.Support.TestData.Require("ibsi1/ct_phantom/dicom/image");
        string rtstruct = Radiomics.Tests.Support.TestData.Require("ibsi1/ct_phantom/dicom/mask/DCM_RS_00060.dcm");
        string cases = _work.WriteCsv("dicom.csv", "ID,Image,Mask", [$"ct,{series},{rtstruct}"]);
        string dir = _work.Path("dicom"), converted = _work.Path("seg.nrrd");

        var run = CliRunner.Run("habitats", cases, "--images", "Image", "--k", "2", "--seg", "--format", "nrrd", "--out-dir", dir);
        var back = CliRunner.Run("convert", series, "--out", _work.Path("ct.nii.gz"), "--mask", Path.Combine(dir, "ct_habitats.dcm"), "--mask-out", converted);

        Assert.True(run.ExitCode == 0 && back.ExitCode == 0, run.Error + back.Error);
        int[] map = RegionData.Labels(Path.Combine(dir, "ct_habitats.nrrd"));
        Assert.Equal([0, 1, 2], map.Distinct().Order());
        Assert.Equal(map, RegionData.Labels(converted));
    }

    [Theory]
    [InlineData(2, "--k K or --k-range", "--images", "Image", "--k", "3", "--k-range", "2-4")]
    [InlineData(2, "--k-range", "--images", "Image", "--k-range", "4-2")]
    [InlineData(2, "--criterion bic needs --method gmm", "--images", "Image", "--criterion", "bic")]
    [InlineData(2, "--params PARAMS.yaml", "--k", "3")]
    [InlineData(2, "'PET'", "--images", "Image,PET", "--k", "3")]
    [InlineData(2, "--supervoxels goes with --population", "--images", "Image", "--supervoxels", "10")]
    [InlineData(2, "--method", "--images", "Image", "--method", "dbscan")]
    public void Habitats_BadCommandLine_IsOneLine(int exitCode, string naming, params string[] options)
    {
        var run = CliRunner.Run(["habitats", RegionData.Cli("planted-cases.csv"), .. options, "--out-dir", _work.Path("bad")]);

        OneLine.AssertError(run, exitCode, naming);
    }

    private static double Value(FeatureTable table, string feature)
    {
        int j = table.IndexOfFeature(feature);
        Assert.True(j >= 0, $"no column {feature}");
        return table[0, j];
    }

    /// <summary>The adjusted Rand index between a habitat map and the planted labels over the ROI voxels.</summary>
    private static double AgreementWithPlanted(string map)
    {
        int[] planted = RegionData.Labels(RegionData.Planted("planted_labels.nii.gz")), found = RegionData.Labels(map);
        int[] roi = [.. Enumerable.Range(0, planted.Length).Where(i => planted[i] != 0)];
        Assert.All(roi, i => Assert.NotEqual(0, found[i]));
        Assert.Equal(roi.Length, found.Count(v => v != 0));
        return AdjustedRandIndex.Compute([.. roi.Select(i => planted[i])], [.. roi.Select(i => found[i])]);
    }
}
