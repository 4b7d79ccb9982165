using Radiomics.Configuration;
using Radiomics.Extraction.Ibsi;
using Radiomics.Preprocessing.Ibsi;

namespace Radiomics.Tests.Ibsi1;

/// <summary>Parameter-file settings → IBSI chain (<see cref="Ibsi1Configuration.FromSettings"/>).</summary>
public class ConfigurationSettingsTests
{
    [Fact]
    public void FromSettings_ConfigurationCSettings_GiveConfigurationCChain()
    {
        var settings = RadiomicsSettings.Default with
        {
            Profile = ComplianceProfile.Ibsi, ResampledPixelSpacing = [2, 2, 2], Interpolator = Interpolator.Linear,
            ResegmentRange = [-1000, 400], BinWidth = 25,
        };

        Ibsi1Configuration c = Ibsi1Configuration.FromSettings(settings);
        Assert.Equal((false, 2.0, IbsiInterpolation.Linear, false, 25.0, (int?)null), (c.Is2D, c.Spacing!.Value, c.Interpolation, c.OutlierFiltering, c.BinWidth!.Value, c.BinCount));
        Assert.Equal((-1000.0, 400.0), c.ResegmentRange!.Value);
    }

    [Fact]
    public void FromSettings_Force2DWithSigmaResegmentation_IsInPlaneWithOutlierFiltering()
    {
        var settings = RadiomicsSettings.Default with
        {
            Force2D = true, ResampledPixelSpacing = [2, 2, 0], ResegmentRange = [-3, 3], ResegmentMode = ResegmentMode.Sigma, BinCount = 32,
        };

        Ibsi1Configuration c = Ibsi1Configuration.FromSettings(settings);
        Assert.True(c.Is2D);
        Assert.True(c.OutlierFiltering);
        Assert.Null(c.ResegmentRange);
        Assert.Equal(IbsiInterpolation.CubicSpline, c.Interpolation);
        Assert.Equal(32, c.BinCount);
        Assert.Null(c.BinWidth);
    }

    [Fact]
    public void FromSettings_UnequalSpacing_IsRejectedNamingTheKey()
    {
        var settings = RadiomicsSettings.Default with { ResampledPixelSpacing = [1, 1, 3] };
        ArgumentException error = Assert.Throws<ArgumentException>(() => Ibsi1Configuration.FromSettings(settings));
        Assert.Contains("resampledPixelSpacing", error.Message, StringComparison.Ordinal);
    }
}
