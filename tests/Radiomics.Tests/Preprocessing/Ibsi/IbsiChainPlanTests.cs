using Radiomics.Configuration;
using Radiomics.Preprocessing.Ibsi;

namespace Radiomics.Tests.Preprocessing.Ibsi;

/// <summary>Settings → the IBSI chain <c>profile: ibsi</c> runs (<see cref="IbsiChainPlan.For"/>).</summary>
public class IbsiChainPlanTests
{
    [Fact]
    public void For_Force2DWithSigmaResegmentation_IsInPlaneWithOutlierFiltering()
    {
        var settings = RadiomicsSettings.Default with
        {
            Features = new FeatureSettings { Force2D = true },
            Resampling = new ResamplingSettings { Spacing = new double[] { 2, 2, 0 } },
            Resegmentation = new ResegmentationSettings { Range = new double[] { -3, 3 }, Mode = ResegmentMode.Sigma },
        };

        IbsiChainPlan plan = IbsiChainPlan.For(settings);

        Assert.True(plan.InPlaneOnly);
        Assert.True(plan.OutlierFiltering);
        Assert.Null(plan.ResegmentRange);
        Assert.Equal(2, plan.Spacing);
    }

    [Fact]
    public void For_UnequalSpacing_IsRejectedNamingTheKey()
    {
        var settings = RadiomicsSettings.Default with { Resampling = new ResamplingSettings { Spacing = new double[] { 1, 1, 3 } } };

        var error = Assert.Throws<ParameterException>(() => IbsiChainPlan.For(settings));

        Assert.StartsWith("resampledPixelSpacing:", error.Message, StringComparison.Ordinal);
    }
}
