using System.Security.Cryptography;
using System.Text.Json;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Harmonisation;
using Radiomics.Cli.Tests.CommandLine;

namespace Radiomics.Cli.Tests.Analysis;

/// <summary>
/// <c>radiomics icc</c> end to end on tests/data/analysis/icc: every row within 1e-9 of psych::ICC 2.2.9
/// (expected_icc.csv), through CSV and JSON outputs, with provenance, warnings on the standard error.
/// </summary>
public sealed class IccCommandTests : IDisposable
{
    private const double Tolerance = 1e-9;

    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    public static TheoryData<string, string, string> Tables => new()
    {
        { "sf1979_long.csv", "Rater", "icc.csv" },
        { "cohort30x5_long.csv", "Rater", "icc.csv" },
        { "testretest20x2_long.csv", "Session", "icc.json" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Icc_EveryFeatureAndForm_MatchesPsych(string file, string rater, string outName)
    {
        string outPath = _work.Path(outName);

        var run = CliRunner.Run("icc", AnalysisData.Icc(file), "--subject", "Subject", "--rater", rater, "--out", outPath);

        Assert.True(run.ExitCode == 0, run.Error);
        FeatureTable actual = AnalysisData.Read(outPath, idColumn: "feature", reserved: "type");
        FeatureTable oracle = AnalysisData.Read(AnalysisData.Icc("expected_icc.csv"), "^(icc|ci_low|ci_high|n_subjects|n_raters)$", "feature");
        int[] rows = Enumerable.Range(0, oracle.RowCount).Where(i => oracle.OtherColumn("table")[i] == file).ToArray();
        FeatureTable expected = oracle.SelectRows(rows).SelectFeatures(["icc", "ci_low", "ci_high", "n_subjects", "n_raters"]);
        Assert.Equal(expected.OtherColumn("shrout_fleiss"), actual.OtherColumn("type"));
        CombatFixture.AssertClose(expected, actual, Tolerance, file); // n_subjects and n_raters are integers: within 1e-9 is exact
    }

    [Fact]
    public void Icc_NaNForOneSubject_IsOneWarningLineNamingFeatureAndSubject()
    {
        var run = CliRunner.Run("icc", AnalysisData.Icc("cohort30x5_long.csv"), "--subject", "Subject", "--rater", "Rater", "-o", _work.Path("icc.csv"));

        Assert.Equal(0, run.ExitCode);
        string warning = Assert.Single(AnalysisData.Warnings(run.Error));
        Assert.Contains("'with_nan'", warning);
        Assert.Contains("'S07'", warning);
    }

    [Fact]
    public void Icc_WithoutOut_PrintsOneRowPerFeatureAndChosenForm()
    {
        var run = CliRunner.Run("icc", AnalysisData.Icc("testretest20x2_long.csv"), "--subject", "Subject", "--rater", "Session", "--type", "2,3k");

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Matches(@"^feature\s+type\s+icc\s+ci_low\s+ci_high\s+n_subjects\s+n_raters$", lines[0]);
        Assert.Equal(["stable ICC(2,1)", "stable ICC(3,k)", "drifting ICC(2,1)", "drifting ICC(3,k)", "unstable ICC(2,1)", "unstable ICC(3,k)"],
            lines.Skip(1).Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2))));
        Assert.Empty(Directory.GetFiles(_work.Folder));
    }

    [Fact]
    public void Icc_CsvOutput_HasAProvenanceSidecar_JsonOutputCarriesTheSameProvenance()
    {
        string table = AnalysisData.Icc("sf1979_long.csv"), csv = _work.Path("icc.csv"), json = _work.Path("icc.json");

        Assert.Equal(0, CliRunner.Run("icc", table, "--subject", "Subject", "--rater", "Rater", "--type", "2", "-o", csv).ExitCode);
        Assert.Equal(0, CliRunner.Run("icc", table, "--subject", "Subject", "--rater", "Rater", "--type", "2", "-o", json).ExitCode);

        using JsonDocument sidecar = JsonDocument.Parse(File.ReadAllText(csv + ".provenance.json"));
        JsonElement p = sidecar.RootElement;
        Assert.Equal("radiomics-provenance", p.GetProperty("format").GetString());
        Assert.Equal("radiomics icc", p.GetProperty("command").GetString());
        Assert.Equal(Radiomics.Analysis.Tables.AnalysisProvenance.CurrentVersion, p.GetProperty("toolVersion").GetString());
        Assert.Equal("Subject", p.GetProperty("settings").GetProperty("icc").GetProperty("subjectColumn").GetString());
        Assert.Equal(["icc2"], p.GetProperty("settings").GetProperty("icc").GetProperty("types").EnumerateArray().Select(t => t.GetString()));
        JsonElement input = Assert.Single(p.GetProperty("inputFiles").EnumerateArray());
        Assert.Equal(table, input.GetProperty("path").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(table))), input.GetProperty("sha256").GetString());
        Assert.Matches("^[0-9a-f]{64}$", p.GetProperty("inputSha256").GetString()!);

        using JsonDocument output = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(JsonSerializer.Serialize(p), JsonSerializer.Serialize(output.RootElement.GetProperty("provenance")));
        Assert.False(File.Exists(json + ".provenance.json"));
    }

    [Fact]
    public void Icc_SameInputsTwice_GiveTheSameBytes()
    {
        string table = AnalysisData.Icc("cohort30x5_long.csv"), first = _work.Path("a.csv"), second = _work.Path("b.csv");

        CliRunner.Run("icc", table, "--subject", "Subject", "--rater", "Rater", "-o", first);
        CliRunner.Run("icc", table, "--subject", "Subject", "--rater", "Rater", "-o", second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(File.ReadAllBytes(first + ".provenance.json"), File.ReadAllBytes(second + ".provenance.json"));
    }

    [Fact]
    public void Icc_SubjectIsTheIdColumnAndClinicalColumnsAreNotFeatures()
    {
        string clinical = _work.WriteCsv("clinical.csv", "Subject,Age", Enumerable.Range(1, 30).Select(i => $"S{i:00},{40 + i}"));

        var run = CliRunner.Run("icc", AnalysisData.Icc("cohort30x5_long.csv"), "--id", "Subject", "--clinical", clinical,
            "--subject", "Subject", "--rater", "Rater", "--type", "1", "--features", "^(good|poor|Age)$");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["good", "poor", "Age"], run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(' ')[0]));
    }
}
