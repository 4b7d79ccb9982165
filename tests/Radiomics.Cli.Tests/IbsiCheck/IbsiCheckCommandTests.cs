using System.Text.Json;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.IbsiCheck;

/// <summary>
/// The <c>ibsi-check</c> command on subsets (<c>--only</c>): a few phase-1 maps and phase-2 configurations (or the IBSI 1
/// digital phantom), which keeps the runtime to a few seconds. The whole suite's numbers are asserted in
/// Radiomics.Tests (Compliance/Ibsi2ComplianceTests, Filters/Ibsi2/Ibsi2Phase1Tests).
/// </summary>
public class IbsiCheckCommandTests : IDisposable
{
    private const string Subset = "1_b_1,3_a_1,1.A,2.A";

    private readonly string _folder = Directory.CreateTempSubdirectory("radiomics-ibsi-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void IbsiCheck_Subset_PrintsTableAndSummary_AndExitsZero()
    {
        var (code, output, error) = CliRunner.Run("ibsi-check", "--data", DataRoot(), "--suite", "ibsi2", "--only", Subset);

        Assert.True(code == 0, output + error);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^dataset\s+tag\s+reference\s+tolerance\s+value\s+result$", lines[0].TrimEnd());
        Assert.Equal(2 + 2 * 18 - 0, lines.Count(l => l.StartsWith("IBSI2 ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("IBSI2 phase 1 3_a_1", StringComparison.Ordinal) && l.Contains("response_map") && l.TrimEnd().EndsWith("PASS"));
        Assert.Contains(lines, l => l.StartsWith("IBSI2 phase 2 2.A", StringComparison.Ordinal) && l.Contains("stat_mean") && l.TrimEnd().EndsWith("PASS"));
        Assert.StartsWith("IBSI 2: 38/38 passed; 0 known deviation(s); 0 unexpected failure(s)", lines[^3]);
        Assert.StartsWith("Reference data: " + TestData.Root + ", ", lines[^2]);
        Assert.Equal("COMPLIANT", lines[^1]);
    }

    [Fact]
    public void IbsiCheck_WithoutData_ChecksAgainstTheEmbeddedReferenceData()
    {
        DataRoot(); // the build embeds the repository's tests/data
        var (code, output, error) = CliRunner.Run("ibsi-check", "--suite", "ibsi2", "--only", "1_b_1,1.A", "--quiet");

        Assert.True(code == 0, output + error);
        Assert.Contains("reference data: embedded", error);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("IBSI 2: 19/19 passed", lines[^3]);
        Assert.Matches("^Reference data: embedded, 40 files, SHA-256 [0-9a-f]{64}$", lines[^2]);
        Assert.Equal("COMPLIANT", lines[^1]);
    }

    [Fact]
    public void IbsiCheck_OutJson_WritesTheVerdictReport()
    {
        string outPath = Path.Combine(_folder, "report.json");
        var (code, output, error) = CliRunner.Run("ibsi-check", "--data", DataRoot(), "--suite", "ibsi2", "--only", "1_b_1,1.A", "--out", outPath, "--quiet");

        Assert.True(code == 0, output + error);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(outPath));
        JsonElement root = json.RootElement;
        Assert.Equal("COMPLIANT", root.GetProperty("verdict").GetString());
        Assert.Equal("1_b_1,1.A", root.GetProperty("selection").GetString());
        Assert.Equal(Path.GetFullPath(TestData.Root), root.GetProperty("referenceData").GetProperty("source").GetString());
        Assert.Contains(root.GetProperty("referenceData").GetProperty("sha256").GetString()!, output);
        JsonElement suite = Assert.Single(root.GetProperty("suites").EnumerateArray());
        Assert.Equal(("ibsi2", 19, 19), (suite.GetProperty("name").GetString(), suite.GetProperty("checked").GetInt32(), suite.GetProperty("passed").GetInt32()));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void IbsiCheck_Strict_FailsExactlyWhenAKnownDeviationOccurs()
    {
        string[] args = ["ibsi-check", "--data", DataRoot(), "--suite", "ibsi1", "--only", "digital phantom", "--quiet"];
        var (lenientCode, lenient, _) = CliRunner.Run(args);
        var (strictCode, strict, _) = CliRunner.Run([.. args, "--strict"]);

        Assert.Equal(0, lenientCode);
        Assert.Equal("COMPLIANT", lenient.TrimEnd().Split('\n')[^1]);
        bool deviations = lenient.Contains("Known deviations (documented, each with its reason):", StringComparison.Ordinal);
        Assert.Equal(deviations ? 1 : 0, strictCode);
        Assert.Equal(deviations ? "NOT COMPLIANT" : "COMPLIANT", strict.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void IbsiCheck_Out_WritesOneDatasetTagValueRowPerComputedValue()
    {
        string outPath = Path.Combine(_folder, "values.csv");
        var (code, output, error) = CliRunner.Run("ibsi-check", "--data", DataRoot(), "--suite", "ibsi2", "--only", "1_b_1,1.A,2.A", "--out", outPath, "--quiet");

        Assert.True(code == 0, output + error);
        string[] lines = File.ReadAllLines(outPath);
        Assert.Equal("dataset,tag,value", lines[0]);
        string[][] rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(2 * 18, rows.Length); // phase-1 comparison scores are not values and are not exported
        Assert.All(rows, r => Assert.Equal(3, r.Length));
        Assert.Equal(["IBSI2 phase 2 1.A", "IBSI2 phase 2 2.A"], rows.Select(r => r[0]).Distinct());
        string[] csvTags = File.ReadLines(TestData.Require("ibsi2/phase2_reference_values.csv")).Skip(1)
            .Select(l => l.Split(';')).Where(c => c[0] == "1.A").Select(c => c[2]).Order().ToArray();
        Assert.Equal(csvTags, rows.Where(r => r[0] == "IBSI2 phase 2 1.A").Select(r => r[1]).Order());
        Assert.All(rows, r => Assert.True(double.TryParse(r[2], System.Globalization.CultureInfo.InvariantCulture, out _), r[2]));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void IbsiCheck_MapsOut_WritesEachResponseMapOnThePhantomGrid()
    {
        string maps = Path.Combine(_folder, "maps");
        var (code, output, error) = CliRunner.Run("ibsi-check", "--data", DataRoot(), "--suite", "ibsi2", "--only", "1_b_1,3_a_1", "--maps-out", maps, "--quiet");

        Assert.True(code == 0, output + error);
        Assert.Equal(["1_b_1.nii.gz", "3_a_1.nii.gz"], Directory.GetFiles(maps).Select(Path.GetFileName).Order());
        foreach ((string id, string phantom) in new[] { ("1_b_1", "impulse"), ("3_a_1", "impulse") })
        {
            ImageData map = ImageReader.Read(Path.Combine(maps, id + ".nii.gz"));
            ImageData reference = ImageReader.Read(TestData.Require($"ibsi2/reference_response_maps/{id}-ValidCRM.nii.gz"));
            ImageData image = ImageReader.Read(TestData.Require($"ibsi2/digital_phantoms/nifti/{phantom}/image/{phantom}.nii.gz"));
            Assert.True(map.Geometry.Matches(image.Geometry, 1e-6), $"{id}: {map.Geometry} vs {image.Geometry}");
            (double _, double min, double max) = reference.Statistics();
            Volume<double> m = map.ToDoubleVolume(), r = reference.ToDoubleVolume();
            for (int i = 0; i < m.Length; i++)
            {
                Assert.True(Math.Abs(m.Voxels[i] - r.Voxels[i]) <= 0.01 * (max - min), $"{id} voxel {i}");
            }
        }
    }

    [Fact]
    public void IbsiCheck_AValueOutsideTolerance_ExitsOne_AndSaysFail()
    {
        // A copy of the data with one tampered phase-2 reference (1.A stat_max): the check must catch it.
        string root = Path.Combine(_folder, "data");
        Directory.CreateDirectory(Path.Combine(root, "ibsi2"));
        foreach (string part in new[] { "image/phantom.nii.gz", "mask/mask.nii.gz" })
        {
            string target = Path.Combine(root, "ibsi1/ct_phantom/nifti", part);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(TestData.Require("ibsi1/ct_phantom/nifti/" + part), target);
        }

        string[] csv = File.ReadAllLines(TestData.Require("ibsi2/phase2_reference_values.csv"));
        int row = Array.FindIndex(csv, l => l.StartsWith("1.A;", StringComparison.Ordinal) && l.Contains(";stat_max;", StringComparison.Ordinal));
        string[] cells = csv[row].Split(';');
        cells[3] = "123456";
        csv[row] = string.Join(';', cells);
        File.WriteAllLines(Path.Combine(root, "ibsi2/phase2_reference_values.csv"), csv);

        var (code, output, _) = CliRunner.Run("ibsi-check", "--data", root, "--suite", "ibsi2", "--only", "1.A", "--quiet");

        Assert.Equal(1, code);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("IBSI2 phase 2 1.A", StringComparison.Ordinal) && l.Contains("stat_max") && l.TrimEnd().EndsWith("FAIL"));
        Assert.Contains(lines, l => l.StartsWith("IBSI 2: 17/18 passed; 0 known deviation(s); 1 unexpected failure(s)", StringComparison.Ordinal));
        Assert.Equal("Unexpected failures:", lines[^3]);
        Assert.StartsWith("  IBSI 2 IBSI2 phase 2 1.A stat_max: reference 123456 ± ", lines[^2]);
        Assert.Equal("NOT COMPLIANT", lines[^1]);
    }

    [Fact]
    public void IbsiCheck_Docs_WritesTheCompliancePage()
    {
        var (code, output, error) = CliRunner.Run("ibsi-check", "--data", DataRoot(), "--suite", "ibsi2", "--only", "1_b_1,1.A", "--docs", _folder, "--quiet");

        Assert.True(code == 0, output + error);
        string page = File.ReadAllText(Path.Combine(_folder, "ibsi2-compliance.md"));
        Assert.StartsWith("# IBSI 2 compliance", page);
        Assert.Contains("| IBSI2 phase 1 1_b_1 | response_map | 0 | 1 |", page);
        Assert.Contains("| IBSI2 phase 2 1.A | stat_mean | -47 | 4.6 |", page);
        Assert.Contains("## Known deviations", page);
    }

    [Theory]
    [InlineData("--suite", "nonesuch")]
    [InlineData("--data", "no/such/folder")]
    [InlineData("--out", "report.txt")]
    public void IbsiCheck_UsageErrors_ExitTwo(string option, string value)
    {
        var (code, _, error) = CliRunner.Run("ibsi-check", option, value);
        Assert.Equal(2, code);
        Assert.StartsWith("radiomics: error: ibsi-check:", error);
    }

    [Fact]
    public void IbsiCheck_Help_ListsTheOptionsAndTheSuites()
    {
        var (code, output, _) = CliRunner.Run("ibsi-check", "--help");
        Assert.Equal(0, code);
        foreach (string option in new[] { "--data DIR", "--strict", "--out FILE.json|FILE.csv", "--maps-out DIR", "--docs DIR", "--only", "ibsi2", "COMPLIANT" })
        {
            Assert.Contains(option, output);
        }
    }

    private static string DataRoot()
    {
        TestData.Require("ibsi2/phase2_reference_values.csv");
        return TestData.Root;
    }
}
