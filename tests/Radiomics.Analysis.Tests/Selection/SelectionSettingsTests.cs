using Radiomics.Analysis.Selection;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Tests.Selection;

/// <summary>Settings and outcome problems: one line naming the option or column.</summary>
public sealed class SelectionSettingsTests
{
    private static readonly FeatureTable Table = SelectionFixture.Table(
        [("a", [1.0, 2, 3, 4]), ("b", [2.0, 1, 4, 3]), ("t", [5.0, 3, 8, 1])],
        ("y", ["0", "1", "0", "1"]), ("grade", ["1", "2", "3", "2"]), ("label", ["m", "b", "m", "x"]), ("e", ["1", "0", "1", "1"]));

    public static TheoryData<SelectionPipeline, string> Problems() => new()
    {
        { new SelectionPipeline { Steps = [] }, "--method: give at least one method" },
        { new SelectionPipeline { Steps = [new VarianceSettings(), new VarianceSettings { Threshold = 1 }] }, "--method: 'variance' is listed twice" },
        { new SelectionPipeline { Steps = [new CorrelationFilterSettings { Cutoff = 1.5 }] }, "--cutoff: must be in (0, 1], got 1.5" },
        { new SelectionPipeline { Steps = [new ClusterSettings { Cutoff = 0 }] }, "--cutoff: must be in (0, 1], got 0" },
        { new SelectionPipeline { Steps = [new VarianceSettings { Threshold = -1 }] }, "--variance-threshold: must be a finite number ≥ 0, got -1" },
        { new SelectionPipeline { Steps = [new UnivariateSettings { Fdr = 0 }], Outcome = SelectionOutcome.ForColumn("y") }, "--fdr: must be in (0, 1], got 0" },
        { new SelectionPipeline { Steps = [new MrmrSettings { Top = 0 }], Outcome = SelectionOutcome.ForColumn("y") }, "--top: must be at least 1, got 0" },
        { new SelectionPipeline { Steps = [new MrmrSettings { Top = 2 }] }, "--method mrmr needs --outcome COLUMN" },
        { new SelectionPipeline { Steps = [new UnivariateSettings()] }, "--method univariate needs an outcome (--outcome COLUMN, or --time and --event)" },
        { new SelectionPipeline { Steps = [new MrmrSettings { Top = 2 }], Outcome = SelectionOutcome.ForSurvival("t", "e") }, "--method mrmr needs --outcome COLUMN (a binary or numeric column); survival outcomes (--time/--event) are not supported" },
        { new SelectionPipeline { Steps = [new UnivariateSettings()], Outcome = SelectionOutcome.ForColumn("nope") }, "--outcome 'nope': the table has no column 'nope'" },
        { new SelectionPipeline { Steps = [new UnivariateSettings()], Outcome = SelectionOutcome.ForColumn("grade") }, "--outcome 'grade': --method univariate needs a binary outcome (two values) or a survival outcome; the column has 3 distinct values" },
        { new SelectionPipeline { Steps = [new MrmrSettings { Top = 1 }], Outcome = SelectionOutcome.ForColumn("label") }, "--outcome 'label': text labels with 3 values ('m', 'b', 'x', …); an outcome needs two labels or numbers" },
        { new SelectionPipeline { Steps = [new UnivariateSettings()], Outcome = SelectionOutcome.ForSurvival("t", "label") }, "Event column 'label' has the value 'm' in row 'r1'; expected '1' (event) or '0' (censored)." },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Run_BadSettingsOrOutcome_FailsWithOneLine(SelectionPipeline pipeline, string message)
    {
        var e = Assert.Throws<SelectionException>(() => FeatureSelection.Run(Table, pipeline));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Mrmr_NumericOutcomeWithManyValues_IsAccepted()
    {
        SelectionResult result = FeatureSelection.Run(Table, new SelectionPipeline { Steps = [new MrmrSettings { Top = 1 }], Outcome = SelectionOutcome.ForColumn("grade") });
        Assert.Single(result.Selected);
    }
}
