using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Extraction;

/// <summary>
/// Settings that imply absurd work on the IBSI digital phantom are refused before the work starts, with one message
/// naming the setting and the limit, under the default limits (2^30) as well as a small one.
/// </summary>
public sealed class LimitGuardTests
{
    /// <param name="refusedByDefault">
    /// False for work that is huge yet within the default limit (a 1.3 GB table of spherical harmonics, a 164k-tap
    /// dilated wavelet on a tiny image): refused only below it.
    /// </param>
    [Theory]
    [InlineData("setting: {binWidth: 1e-300}", "binWidth", true)]
    [InlineData("setting: {distances: [1000000000]}", "distances", true)]
    [InlineData("setting: {resampledPixelSpacing: [0.001, 0.001, 0.001]}", "resampledPixelSpacing", true)]
    [InlineData("setting: {resampledPixelSpacing: [1e9, 1e9, 1e9]}", "resampledPixelSpacing", true)]
    [InlineData("imageType: {Gabor: {gaborThetaStep: 1e-300}}", "gaborThetaStep", true)]
    [InlineData("imageType: {IbsiLoG: {ibsiLoGSigma: [1e12]}}", "ibsiLoGSigma", true)]
    [InlineData("imageType: {IbsiWavelet: {ibsiWaveletLevel: 16}}", "ibsiWaveletLevel", false)]
    [InlineData("imageType: {LBP3D: {lbp3DIcosphereSubdivision: 6, lbp3DLevels: 32}}", "lbp3DIcosphereSubdivision", false)]
    public void Extract_AbsurdSetting_RefusedNamingIt(string text, string key, bool refusedByDefault)
    {
        foreach (long limit in refusedByDefault ? new[] { InputLimits.DefaultMaxVoxels, 1L << 16 } : [1L << 16])
        {
            ExtractionParameters parameters = PipelineParameters.Parse(text + "\nfeatureClass: {firstorder: [Mean], glcm: [Contrast]}\n", "p.yaml");
            parameters = parameters with { Settings = parameters.Settings with { Limits = new InputLimits { MaxVoxels = limit } } };

            var error = Assert.ThrowsAny<Exception>(() => new RadiomicsExtractor(parameters).Extract(TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask));
            Assert.True(error is ParameterException or ExtractionException, $"{error.GetType().Name}: {error.Message}");
            Assert.Contains(key, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Extract_IbsiLoGKernelsLongerThanTheLimit_RefusedNamingTheSigma()
    {
        // σ = 1e6 mm on the 80-voxel window: within the operations bound of a 2^20 limit, but its kernels hold ~2.4e7
        // values (it ran for 10 s and 600 MB before the kernels counted; found by the parameter fuzzer).
        ExtractionParameters parameters = PipelineParameters.Parse("imageType: {IbsiLoG: {ibsiLoGSigma: [1e6]}}\n", "p.yaml");
        parameters = parameters with { Settings = parameters.Settings with { Limits = new InputLimits { MaxVoxels = 1L << 20 } } };

        var error = Assert.Throws<ParameterException>(() => new RadiomicsExtractor(parameters).Extract(TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask));

        Assert.Contains("ibsiLoGSigma", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LogWithDegenerateSigma_NamesTheDerivedImage()
    {
        ExtractionParameters parameters = PipelineParameters.Parse("imageType: {LoG: {sigma: [1e-300]}}\nfeatureClass: {glcm: [Contrast]}\n", "p.yaml");
        var error = Assert.Throws<ExtractionException>(() => new RadiomicsExtractor(parameters).Extract(TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask));
        Assert.Contains("log-sigma", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue #25, found by the parameter fuzz: IBSI's local intensity features average a 1 cm³ sphere around every ROI
    /// voxel, so a fine resampledPixelSpacing makes ROI voxels × sphere voxels of work (at 0.2 mm on the phantom, 74,000 ×
    /// 125,000) on a grid well within the limit; it is bounded like a filter's work.
    /// </summary>
    [Fact]
    public void Extract_IbsiProfileLocalIntensityBeyondTheLimit_RefusedNamingTheSpacing()
    {
        var error = Assert.Throws<ParameterException>(() => ExtractIbsiProfile(0.2, 1L << 20));

        Assert.Contains("local intensity", error.Message, StringComparison.Ordinal);
        Assert.Contains("resampledPixelSpacing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_IbsiProfileLocalIntensityWithinTheLimit_StillExtracts()
    {
        FeatureResult result = ExtractIbsiProfile(1, 1L << 20);

        Assert.Contains(result.Entries, e => e.Key.Contains("peak_glob", StringComparison.Ordinal) && double.IsFinite(e.Value.Number));
    }

    [Fact]
    public void Extract_DefaultsWithinALowLimit_StillExtract()
    {
        var parameters = ExtractionParameters.Default with { Settings = RadiomicsSettings.Default with { Limits = new InputLimits { MaxVoxels = 1 << 12 } } };
        FeatureResult result = new RadiomicsExtractor(parameters).Extract(TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask);
        Assert.Contains(result.Entries, e => e.Key == "original_glcm_Contrast");
    }

    private static FeatureResult ExtractIbsiProfile(double spacing, long limit)
    {
        string text = FormattableString.Invariant($"setting: {{profile: ibsi, resampledPixelSpacing: [{spacing}, {spacing}, {spacing}]}}\n");
        ExtractionParameters parameters = PipelineParameters.Parse(text, "p.yaml");
        parameters = parameters with { Settings = parameters.Settings with { Limits = new InputLimits { MaxVoxels = limit } } };
        return new RadiomicsExtractor(parameters).Extract(TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask);
    }
}
