using System.Text.Json;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Harmonisation;
using Radiomics.Cli.Tests.CommandLine;

namespace Radiomics.Cli.Tests.Analysis;

/// <summary>
/// <c>radiomics harmonize fit|apply</c> end to end on tests/data/analysis/combat: every harmonised value within 1e-8 of
/// sva::ComBat 3.46.0 in every mode, fit then apply through the model file, the guards' warnings.
/// </summary>
public sealed class HarmonizeCommandTests : IDisposable
{
    private const double Tolerance = 1e-8;

    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    public static TheoryData<string, bool> Modes => new()
    {
        { "par", true }, { "par", false },
        { "nonpar", true }, { "nonpar", false },
        { "meanonly", true }, { "meanonly", false },
        { "ref", true }, { "ref", false },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public void Fit_WithOut_WritesSvasHarmonisedTable(string mode, bool withCovariates)
    {
        string outPath = _work.Path("harmonised.csv"), model = _work.Path("combat.json");
        string[] modeOptions = mode switch
        {
            "nonpar" => ["--nonparametric"],
            "meanonly" => ["--mean-only"],
            "ref" => ["--reference-batch", "B"],
            _ => [],
        };
        string[] covariates = withCovariates ? ["--covariates", "Age,Sex"] : ["--features", "^feat_"];

        var run = CliRunner.Run(["harmonize", "fit", AnalysisData.Combat("combat_input.csv"), "--batch", "Batch", .. covariates, .. modeOptions, "--model", model, "--out", outPath]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Empty(AnalysisData.Warnings(run.Error));
        string tag = $"{mode}_{(withCovariates ? "cov" : "nocov")}";
        CombatFixture.AssertClose(
            AnalysisData.Read(AnalysisData.Combat($"expected_{tag}.csv"), reserved: "Batch"), AnalysisData.Read(outPath, "^feat_", reserved: "Batch"), Tolerance, tag);
        Assert.True(File.Exists(model));
        Assert.True(File.Exists(outPath + ".provenance.json"));
    }

    [Fact]
    public void Fit_ReferenceBatch_LeavesItsRowsBitIdentical()
    {
        string outPath = _work.Path("harmonised.csv"), input = AnalysisData.Combat("combat_input.csv");

        Assert.Equal(0, CliRunner.Run("harmonize", "fit", input, "--batch", "Batch", "--features", "^feat_", "--reference-batch", "B", "-m", _work.Path("m.json"), "-o", outPath).ExitCode);

        FeatureTable before = AnalysisData.Read(input, "^feat_", reserved: "Batch"), after = AnalysisData.Read(outPath, "^feat_", reserved: "Batch");
        int rowsOfB = 0;
        for (int i = 0; i < before.RowCount; i++)
        {
            if (before.OtherColumn("Batch")[i] == "B")
            {
                rowsOfB++;
                for (int j = 0; j < before.FeatureCount; j++)
                {
                    Assert.Equal(BitConverter.DoubleToInt64Bits(before[i, j]), BitConverter.DoubleToInt64Bits(after[i, j]));
                }
            }
        }

        Assert.Equal(10, rowsOfB);
    }

    [Theory]
    [InlineData("harmonised-new.csv")]
    [InlineData("harmonised-new.json")]
    public void FitOnTrain_ApplyToNew_ThroughTheModelFile_MatchesSva(string outName)
    {
        string model = _work.Path("combat.json"), fitted = _work.Path("train.csv"), applied = _work.Path(outName);

        var fit = CliRunner.Run("harmonize", "fit", AnalysisData.Combat("combat_train.csv"), "--batch", "Batch", "--covariates", "Age,Sex", "--model", model, "--out", fitted);
        var apply = CliRunner.Run("harmonize", "apply", AnalysisData.Combat("combat_new.csv"), "--model", model, "--out", applied);

        Assert.True(fit.ExitCode == 0, fit.Error);
        Assert.True(apply.ExitCode == 0, apply.Error);
        Assert.Empty(AnalysisData.Warnings(apply.Error));
        CombatFixture.AssertClose(AnalysisData.Read(AnalysisData.Combat("expected_fit_train_par_cov.csv"), reserved: "Batch"),
            AnalysisData.Read(fitted, "^feat_", reserved: "Batch"), Tolerance, "fit on train");
        FeatureTable result = AnalysisData.Read(applied, "^feat_", reserved: "Batch");
        CombatFixture.AssertClose(AnalysisData.Read(AnalysisData.Combat("expected_apply_new_par_cov.csv"), reserved: "Batch"), result, Tolerance, "apply to new");
        Assert.Equal(["Batch", "Age", "Sex"], result.OtherColumnNames); // the covariates pass through as they were
    }

    [Fact]
    public void Apply_Provenance_NamesTheModelAndTable()
    {
        string model = _work.Path("combat.json"), applied = _work.Path("new.json");
        CliRunner.Run("harmonize", "fit", AnalysisData.Combat("combat_train.csv"), "--batch", "Batch", "--covariates", "Age,Sex", "--model", model);

        Assert.Equal(0, CliRunner.Run("harmonize", "apply", AnalysisData.Combat("combat_new.csv"), "-m", model, "-o", applied).ExitCode);

        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(applied));
        JsonElement provenance = document.RootElement.GetProperty("provenance");
        Assert.Equal("radiomics harmonize apply", provenance.GetProperty("command").GetString());
        Assert.Equal("Batch", provenance.GetProperty("settings").GetProperty("combat").GetProperty("batchColumn").GetString());
        Assert.Equal(["table", "model"], provenance.GetProperty("inputFiles").EnumerateArray().Select(f => f.GetProperty("role").GetString()));
    }

    [Theory]
    [InlineData("guard_constant_in_batch.csv", "'feat_03'")]
    [InlineData("guard_single_sample_batch.csv", "batch 'C' has only one sample")]
    public void Fit_Guards_WarnOnOneLineAndMatchSva(string input, string naming)
    {
        string outPath = _work.Path("harmonised.csv");

        var run = CliRunner.Run("harmonize", "fit", AnalysisData.Combat(input), "--batch", "Batch", "--model", _work.Path("m.json"), "--out", outPath);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains(naming, Assert.Single(AnalysisData.Warnings(run.Error)));
        CombatFixture.AssertClose(AnalysisData.Read(AnalysisData.Combat($"expected_{input}"), reserved: "Batch"), AnalysisData.Read(outPath, reserved: "Batch"), Tolerance, input);
    }

    [Fact]
    public void Fit_CovariatesFromAClinicalTable_JoinedOnAnIdColumnOfAnotherName()
    {
        string input = AnalysisData.Combat("combat_input.csv"), outPath = _work.Path("harmonised.csv");
        string features = AnalysisData.EditedCopy(input, _work.Path("features.csv"), (i, f) => [i == 0 ? "Case" : f[0], f[1], .. f[4..]]);
        string clinical = AnalysisData.EditedCopy(input, _work.Path("clinical.csv"), (i, f) => [i == 0 ? "Case" : f[0], f[2], f[3]]);

        var run = CliRunner.Run("harmonize", "fit", features, "--id", "Case", "--clinical", clinical, "--batch", "Batch", "--covariates", "Age,Sex", "-m", _work.Path("m.json"), "-o", outPath);

        Assert.True(run.ExitCode == 0, run.Error);
        CombatFixture.AssertClose(AnalysisData.Read(AnalysisData.Combat("expected_par_cov.csv"), reserved: "Batch"),
            AnalysisData.Read(outPath, "^feat_", "Case", "Batch"), Tolerance, "clinical covariates");
    }

    [Fact]
    public void Apply_FeaturesOptionSelectingAColumnTheModelDoesNotKnow_LeavesItOutWithAWarning()
    {
        string model = _work.Path("combat.json"), applied = _work.Path("new.csv");
        CliRunner.Run("harmonize", "fit", AnalysisData.Combat("combat_train.csv"), "--batch", "Batch", "--features", "^feat_", "--model", model);

        var run = CliRunner.Run("harmonize", "apply", AnalysisData.Combat("combat_new.csv"), "--model", model, "--features", "^(feat_|Age)", "--out", applied);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("'Age'", Assert.Single(AnalysisData.Warnings(run.Error)));
        Assert.DoesNotContain("Age", File.ReadLines(applied).First().Split(','));
    }
}
