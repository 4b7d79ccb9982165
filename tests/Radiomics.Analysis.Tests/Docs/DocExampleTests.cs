using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Statistics;
using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Harmonisation;
using Radiomics.Analysis.Tests.Support;
using Radiomics.Tests.Support;

namespace Radiomics.Analysis.Tests.Docs;

/// <summary>The library examples of docs/harmonisation.md and docs/robustness.md, run as written (paths made absolute).</summary>
public sealed class DocExampleTests
{
    [Fact]
    public void HarmonisationExample_FitOnTrainApplyToNew_WritesSvasAnswer()
    {
        using var folder = new TempFolder();
        string modelPath = folder.Combine("combat.json"), outPath = folder.Combine("harmonised.csv");
        var applyWarnings = new List<string>();

        // --- docs/harmonisation.md, "Library example" ---
        var settings = new CombatSettings { BatchColumn = "Batch", Covariates = ["Age", "Sex"] };
        var read = new FeatureTableReadSettings { ReservedColumns = settings.ColumnsUsed };

        FeatureTable train = FeatureTableReader.Read(TestData.Require("analysis/combat/combat_train.csv"), read);
        CombatModel model = Combat.Fit(settings, train);
        CombatModelJson.Write(model, modelPath);

        FeatureTable fresh = FeatureTableReader.Read(TestData.Require("analysis/combat/combat_new.csv"), read);
        FeatureTable harmonised = Combat.Apply(CombatModelJson.Read(modelPath), fresh, applyWarnings.Add);
        FeatureTableWriter.Write(harmonised, outPath);
        // --- end of example ---

        Assert.Empty(model.Warnings);
        Assert.Empty(applyWarnings);
        FeatureTable written = FeatureTableReader.Read(outPath, new FeatureTableReadSettings { ReservedColumns = ["Batch", "Age", "Sex"] });
        CombatFixture.AssertClose(CombatFixture.Expected("expected_apply_new_par_cov.csv"), written, 1e-8, "docs example");
    }

    [Fact]
    public void RobustnessExample_WritesTheIccTable()
    {
        using var folder = new TempFolder();
        string outPath = folder.Combine("icc.csv");

        // --- docs/robustness.md, "Library example" ---
        var settings = new IccSettings { SubjectColumn = "Subject", RaterColumn = "Rater" };
        FeatureTable table = FeatureTableReader.Read(
            TestData.Require("analysis/icc/cohort30x5_long.csv"),
            new FeatureTableReadSettings { ReservedColumns = [settings.SubjectColumn, settings.RaterColumn] });

        IccReport report = Icc.Compute(settings, table);
        FeatureTableWriter.Write(report.ToTable(), outPath);
        // --- end of example ---

        Assert.Equal(
            "feature 'with_nan': 1 subject(s) with a missing (NaN) or infinite value left out: 'S07'",
            Assert.Single(report.Warnings));
        string[] lines = File.ReadAllLines(outPath);
        Assert.Equal("feature,type,icc,ci_low,ci_high,n_subjects,n_raters", lines[0]);
        Assert.Equal(1 + (6 * 6), lines.Length);
        Assert.Contains(lines, l => l.StartsWith("good,\"ICC(2,1)\",0.92232441951148", StringComparison.Ordinal) && l.EndsWith(",30,5", StringComparison.Ordinal));
    }
}
