using Radiomics.Analysis.Reports;

namespace Radiomics.Analysis.Tests.Reports;

/// <summary>Each warning at its documented threshold: just inside gives none, just beyond gives it.</summary>
public sealed class CaseWarningsTests
{
    private static readonly CaseFacts Quiet = new(
        FeatureVoxels: 1000, Components: 1, FeatureSpacing: [1, 1, 3], BoxLower: [5, 5, 5], BoxSize: [10, 10, 10], GridSize: [64, 64, 64],
        RoiMinimum: -1024, RoiMaximum: 3071, Modality: ImagingModality.CT, InputSpacing: [1, 1, 1], ResampledSpacing: [2, 2, 2],
        Resegmentation: new ResegmentationEffect("[0, 100] (absolute)", 1000, 900));

    [Fact]
    public void Evaluate_AtEveryThreshold_NoWarning() => Assert.Empty(CaseWarnings.Evaluate(Quiet, ReportThresholds.Default));

    [Theory]
    [MemberData(nameof(JustBeyond))]
    public void Evaluate_JustBeyondAThreshold_ThatWarningOnly(string change, WarningKind expected)
    {
        CaseFacts facts = change switch
        {
            "voxels" => Quiet with { FeatureVoxels = 99 },
            "components" => Quiet with { Components = 2 },
            "spacing" => Quiet with { FeatureSpacing = [1, 1, 3.01] },
            "border-low" => Quiet with { BoxLower = [0, 5, 5] },
            "border-high" => Quiet with { BoxLower = [5, 5, 54] },
            "ct-low" => Quiet with { RoiMinimum = -1025 },
            "ct-high" => Quiet with { RoiMaximum = 3072 },
            "pet" => Quiet with { Modality = ImagingModality.PET, RoiMinimum = -0.5, RoiMaximum = 10 },
            "resampling" => Quiet with { ResampledSpacing = [1, 1, 2.01] },
            "upsampling" => Quiet with { InputSpacing = [1, 1, 5], ResampledSpacing = [1, 1, 2.4] },
            "removed" => Quiet with { Resegmentation = new ResegmentationEffect("[0, 100] (absolute)", 1000, 899) },
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };

        ReportWarning warning = Assert.Single(CaseWarnings.Evaluate(facts, ReportThresholds.Default));
        Assert.Equal(expected, warning.Kind);
    }

    public static TheoryData<string, WarningKind> JustBeyond => new()
    {
        { "voxels", WarningKind.SmallRoi },
        { "components", WarningKind.SeveralComponents },
        { "spacing", WarningKind.AnisotropicVoxels },
        { "border-low", WarningKind.RoiTouchesBorder },
        { "border-high", WarningKind.RoiTouchesBorder },
        { "ct-low", WarningKind.ImplausibleIntensities },
        { "ct-high", WarningKind.ImplausibleIntensities },
        { "pet", WarningKind.ImplausibleIntensities },
        { "resampling", WarningKind.LargeResampling },
        { "upsampling", WarningKind.LargeResampling },
        { "removed", WarningKind.ManyVoxelsRemoved },
    };

    [Fact]
    public void Evaluate_SingleSliceImage_IgnoresTheSliceAxisAtTheBorder()
    {
        CaseFacts facts = Quiet with { BoxLower = [5, 5, 0], BoxSize = [10, 10, 1], GridSize = [64, 64, 1] };
        Assert.Empty(CaseWarnings.Evaluate(facts, ReportThresholds.Default));
    }

    [Fact]
    public void Evaluate_MrWithNegativeValues_NoRangeCheck()
    {
        CaseFacts facts = Quiet with { Modality = ImagingModality.MR, RoiMinimum = -5000 };
        Assert.Empty(CaseWarnings.Evaluate(facts, ReportThresholds.Default));
    }
}
