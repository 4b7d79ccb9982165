using System.Globalization;
using System.Text;

namespace Radiomics.Configuration;

/// <summary>
/// Canonical JSON rendering of a <see cref="RadiomicsSettings"/> with PyRadiomics' key names, for provenance
/// (diagnostics_Configuration_Settings) and for hashing: same settings ⇒ same text.
/// </summary>
public static class SettingsFormatter
{
    public static string ToJson(RadiomicsSettings s)
    {
        var pairs = new (string Key, string Json)[]
        {
            ("profile", Str(s.Profile == ComplianceProfile.Ibsi ? "ibsi" : "pyradiomics")),
            ("additionalInfo", Bool(s.AdditionalInfo)),
            ("label", Num(s.Label)),
            ("label_channel", Num(s.LabelChannel)),
            ("geometryTolerance", s.GeometryTolerance is double g ? Num(g) : "null"),
            ("correctMask", Bool(s.CorrectMask)),
            ("minimumROIDimensions", Num(s.MinimumRoiDimensions)),
            ("minimumROISize", s.MinimumRoiSize is int m ? Num(m) : "null"),
            ("resampledPixelSpacing", s.ResampledPixelSpacing is { } r ? List(r) : "null"),
            ("interpolator", Str("sitk" + s.Interpolator)),
            ("padDistance", Num(s.PadDistance)),
            ("preCrop", Bool(s.PreCrop)),
            ("normalize", Bool(s.Normalize)),
            ("normalizeScale", Num(s.NormalizeScale)),
            ("removeOutliers", s.RemoveOutliers is double o ? Num(o) : "null"),
            ("resegmentRange", s.ResegmentRange is { } rr ? List(rr) : "null"),
            ("resegmentMode", Str(s.ResegmentMode.ToString().ToLowerInvariant())),
            ("resegmentShape", Bool(s.ResegmentShape)),
            ("binWidth", Num(s.BinWidth)),
            ("binCount", s.BinCount is int b ? Num(b) : "null"),
            ("binningOrigin", Str(s.BinningOrigin == BinningOrigin.Ibsi ? "ibsi" : "pyradiomics")),
            ("ivhIntensityUnits", Str(s.IvhIntensityUnits.ToString().ToLowerInvariant())),
            ("ivhBinWidth", s.IvhBinWidth is double ivhWidth ? Num(ivhWidth) : "null"),
            ("ivhBinCount", s.IvhBinCount is int ivhCount ? Num(ivhCount) : "null"),
            ("voxelArrayShift", Num(s.VoxelArrayShift)),
            ("distances", List(s.Distances.Select(d => (double)d))),
            ("force2D", Bool(s.Force2D)),
            ("force2Ddimension", Num(s.Force2DDimension)),
            ("symmetricalGLCM", Bool(s.SymmetricalGlcm)),
            ("weightingNorm", s.WeightingNorm switch
            {
                WeightingNorm.None => "null",
                WeightingNorm.NoWeighting => Str("no_weighting"),
                var w => Str(w.ToString().ToLowerInvariant()),
            }),
            ("gldm_a", Num(s.GldmA)),
            ("sigma", List(s.Sigma)),
            ("wavelet", Str(s.Wavelet)),
            ("start_level", Num(s.WaveletStartLevel)),
            ("level", Num(s.WaveletLevel)),
            ("gradientUseSpacing", Bool(s.GradientUseSpacing)),
            ("filterRegion", Str(s.FilterRegion == FilterRegion.Image ? "image" : "roi")),
            ("lbp2DRadius", Num(s.Lbp2DRadius)),
            ("lbp2DSamples", Num(s.Lbp2DSamples)),
            ("lbp2DMethod", Str(s.Lbp2DMethod)),
            ("lbp3DLevels", Num(s.Lbp3DLevels)),
            ("lbp3DIcosphereRadius", Num(s.Lbp3DIcosphereRadius)),
            ("lbp3DIcosphereSubdivision", Num(s.Lbp3DIcosphereSubdivision)),
            ("ibsiFilterDimension", Str(s.IbsiFilterDimension == Filters.Ibsi2.FilterDimension.Slice2D ? "2D" : "3D")),
            ("ibsiPadding", Str(s.IbsiPadding.ToString().ToLowerInvariant())),
            ("ibsiMeanSupport", Num(s.IbsiMeanSupport)),
            ("ibsiLoGSigma", List(s.IbsiLoGSigma)),
            ("ibsiLoGCutoff", Num(s.IbsiLoGCutoff)),
            ("lawsKernel", Str(s.LawsKernel)),
            ("lawsEnergyDistance", s.LawsEnergyDistance is int e ? Num(e) : "null"),
            ("lawsRotationInvariance", Str(s.LawsRotationInvariance)),
            ("gaborSigma", Num(s.GaborSigma)),
            ("gaborLambda", Num(s.GaborLambda)),
            ("gaborGamma", Num(s.GaborGamma)),
            ("gaborTheta", Num(s.GaborTheta)),
            ("gaborThetaStep", s.GaborThetaStep is double step ? Num(step) : "null"),
            ("ibsiWavelet", Str(s.IbsiWavelet)),
            ("ibsiWaveletBand", Str(s.IbsiWaveletBand)),
            ("ibsiWaveletLevel", Num(s.IbsiWaveletLevel)),
            ("ibsiWaveletRotationInvariance", Str(s.IbsiWaveletRotationInvariance)),
            ("simoncelliLevel", Num(s.SimoncelliLevel)),
            ("kernelRadius", Num(s.KernelRadius)),
            ("maskedKernel", Bool(s.MaskedKernel)),
            ("initValue", Num(s.InitValue)),
        };
        var builder = new StringBuilder("{");
        for (int i = 0; i < pairs.Length; i++)
        {
            builder.Append(i == 0 ? "" : ", ").Append('"').Append(pairs[i].Key).Append("\": ").Append(pairs[i].Json);
        }

        return builder.Append('}').ToString();
    }

    private static string Str(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Num(double value) => double.IsFinite(value)
        ? value.ToString("R", CultureInfo.InvariantCulture)
        : Str(value.ToString(CultureInfo.InvariantCulture).ToLowerInvariant());

    private static string List(IEnumerable<double> values) => "[" + string.Join(", ", values.Select(Num)) + "]";
}
