namespace Radiomics.Configuration;

/// <summary>
/// Applies <c>setting</c> / <c>voxelSetting</c> keys (PyRadiomics' names) to a <see cref="RadiomicsSettings"/>,
/// checking each value's type and range once. Unknown keys and bad values raise a <see cref="ParameterException"/>
/// naming the key and what is allowed.
/// </summary>
public static class SettingsBinder
{
    private delegate RadiomicsSettings Apply(RadiomicsSettings settings, ParameterValue value, string where);

    private static readonly Dictionary<string, (string Allowed, Apply Apply)> Keys = new(StringComparer.Ordinal)
    {
        ["profile"] = ("pyradiomics or ibsi", (s, v, w) => s with { Profile = Enum(v, w, "profile", ("pyradiomics", ComplianceProfile.PyRadiomics), ("ibsi", ComplianceProfile.Ibsi)) }),
        ["additionalInfo"] = ("true or false", (s, v, w) => s with { AdditionalInfo = Bool(v, w, "additionalInfo") }),
        ["label"] = ("an integer", (s, v, w) => s with { Label = Int(v, w, "label", int.MinValue, int.MaxValue) }),
        ["label_channel"] = ("an integer ≥ 0", (s, v, w) => s with { LabelChannel = Int(v, w, "label_channel", 0, 1024) }),
        ["geometryTolerance"] = ("a number ≥ 0", (s, v, w) => s with { GeometryTolerance = NullableDouble(v, w, "geometryTolerance", 0, double.MaxValue) }),
        ["correctMask"] = ("true or false", (s, v, w) => s with { CorrectMask = Bool(v, w, "correctMask") }),
        ["minimumROIDimensions"] = ("1, 2 or 3", (s, v, w) => s with { MinimumRoiDimensions = Int(v, w, "minimumROIDimensions", 1, 3) }),
        ["minimumROISize"] = ("an integer ≥ 1, or null", (s, v, w) => s with { MinimumRoiSize = v is ParameterValue.Null ? null : Int(v, w, "minimumROISize", 1, int.MaxValue) }),
        ["resampledPixelSpacing"] = ("a list of 3 numbers ≥ 0, or null", (s, v, w) => s with { ResampledPixelSpacing = v is ParameterValue.Null ? null : DoubleList(v, w, "resampledPixelSpacing", 3, 3, 0) }),
        ["interpolator"] = ("a SimpleITK interpolator name (e.g. sitkBSpline, sitkLinear, sitkNearestNeighbor) or its integer code", (s, v, w) => s with { Interpolator = InterpolatorOf(v, w) }),
        ["padDistance"] = ("an integer ≥ 0", (s, v, w) => s with { PadDistance = Int(v, w, "padDistance", 0, 10_000) }),
        ["preCrop"] = ("true or false", (s, v, w) => s with { PreCrop = Bool(v, w, "preCrop") }),
        ["normalize"] = ("true or false", (s, v, w) => s with { Normalize = Bool(v, w, "normalize") }),
        ["normalizeScale"] = ("a number > 0", (s, v, w) => s with { NormalizeScale = Double(v, w, "normalizeScale", double.Epsilon, double.MaxValue) }),
        ["removeOutliers"] = ("a number > 0, or null", (s, v, w) => s with { RemoveOutliers = NullableDouble(v, w, "removeOutliers", double.Epsilon, double.MaxValue) }),
        ["resegmentRange"] = ("a list of 1 or 2 numbers, or null", (s, v, w) => s with { ResegmentRange = v is ParameterValue.Null ? null : DoubleList(v, w, "resegmentRange", 1, 2, double.NegativeInfinity) }),
        ["resegmentMode"] = ("absolute, relative or sigma", (s, v, w) => s with { ResegmentMode = Enum(v, w, "resegmentMode", ("absolute", ResegmentMode.Absolute), ("relative", ResegmentMode.Relative), ("sigma", ResegmentMode.Sigma)) }),
        ["resegmentShape"] = ("true or false", (s, v, w) => s with { ResegmentShape = Bool(v, w, "resegmentShape") }),
        ["binWidth"] = ("a number > 0", (s, v, w) => s with { BinWidth = Double(v, w, "binWidth", double.Epsilon, double.MaxValue) }),
        ["binCount"] = ("an integer ≥ 1, or null", (s, v, w) => s with { BinCount = v is ParameterValue.Null ? null : Int(v, w, "binCount", 1, 1_000_000) }),
        ["binningOrigin"] = ("pyradiomics or ibsi", (s, v, w) => s with { BinningOrigin = Enum(v, w, "binningOrigin", ("pyradiomics", BinningOrigin.PyRadiomics), ("ibsi", BinningOrigin.Ibsi)) }),
        ["ivhIntensityUnits"] = ("discrete, continuous or arbitrary", (s, v, w) => s with { IvhIntensityUnits = Enum(v, w, "ivhIntensityUnits", ("discrete", IvhIntensityUnits.Discrete), ("continuous", IvhIntensityUnits.Continuous), ("arbitrary", IvhIntensityUnits.Arbitrary)) }),
        ["ivhBinWidth"] = ("a number > 0, or null", (s, v, w) => s with { IvhBinWidth = NullableDouble(v, w, "ivhBinWidth", double.Epsilon, double.MaxValue) }),
        ["ivhBinCount"] = ("an integer ≥ 2, or null", (s, v, w) => s with { IvhBinCount = v is ParameterValue.Null ? null : Int(v, w, "ivhBinCount", 2, 10_000_000) }),
        ["voxelArrayShift"] = ("a number", (s, v, w) => s with { VoxelArrayShift = Double(v, w, "voxelArrayShift", double.MinValue, double.MaxValue) }),
        ["distances"] = ("a list of integers ≥ 1", (s, v, w) => s with { Distances = IntList(v, w, "distances", 1) }),
        ["force2D"] = ("true or false", (s, v, w) => s with { Force2D = Bool(v, w, "force2D") }),
        ["force2Ddimension"] = ("0, 1 or 2", (s, v, w) => s with { Force2DDimension = Int(v, w, "force2Ddimension", 0, 2) }),
        ["symmetricalGLCM"] = ("true or false", (s, v, w) => s with { SymmetricalGlcm = Bool(v, w, "symmetricalGLCM") }),
        ["weightingNorm"] = ("null, manhattan, euclidean, infinity or no_weighting", (s, v, w) => s with { WeightingNorm = v is ParameterValue.Null ? WeightingNorm.None : Enum(v, w, "weightingNorm", ("manhattan", WeightingNorm.Manhattan), ("euclidean", WeightingNorm.Euclidean), ("infinity", WeightingNorm.Infinity), ("no_weighting", WeightingNorm.NoWeighting)) }),
        ["gldm_a"] = ("a number ≥ 0", (s, v, w) => s with { GldmA = Double(v, w, "gldm_a", 0, double.MaxValue) }),
        ["sigma"] = ("a list of numbers > 0", (s, v, w) => s with { Sigma = Distinct(DoubleList(v, w, "sigma", 1, int.MaxValue, double.Epsilon), v, w, "sigma") }),
        ["wavelet"] = ("a PyWavelets discrete wavelet name (e.g. coif1, haar, db2, sym4, bior1.1)", (s, v, w) => s with { Wavelet = PyWaveletNameOf(v, w) }),
        ["start_level"] = ("an integer ≥ 0", (s, v, w) => s with { WaveletStartLevel = Int(v, w, "start_level", 0, 16) }),
        ["level"] = ("an integer ≥ 1", (s, v, w) => s with { WaveletLevel = Int(v, w, "level", 1, 16) }),
        ["gradientUseSpacing"] = ("true or false", (s, v, w) => s with { GradientUseSpacing = Bool(v, w, "gradientUseSpacing") }),
        ["filterRegion"] = ("roi or image", (s, v, w) => s with { FilterRegion = Enum(v, w, "filterRegion", ("roi", FilterRegion.Roi), ("image", FilterRegion.Image)) }),
        ["lbp2DRadius"] = ("a number > 0", (s, v, w) => s with { Lbp2DRadius = Double(v, w, "lbp2DRadius", double.Epsilon, 1000) }),
        ["lbp2DSamples"] = ("an integer ≥ 1", (s, v, w) => s with { Lbp2DSamples = Int(v, w, "lbp2DSamples", 1, 64) }),
        ["lbp2DMethod"] = ("default, ror, uniform, nri_uniform or var", (s, v, w) => s with { Lbp2DMethod = Enum(v, w, "lbp2DMethod", ("default", "default"), ("ror", "ror"), ("uniform", "uniform"), ("nri_uniform", "nri_uniform"), ("var", "var")) }),
        ["lbp3DLevels"] = ("an integer ≥ 1", (s, v, w) => s with { Lbp3DLevels = Int(v, w, "lbp3DLevels", 1, 32) }),
        ["lbp3DIcosphereRadius"] = ("a number > 0", (s, v, w) => s with { Lbp3DIcosphereRadius = Double(v, w, "lbp3DIcosphereRadius", double.Epsilon, 1000) }),
        ["lbp3DIcosphereSubdivision"] = ("an integer ≥ 0", (s, v, w) => s with { Lbp3DIcosphereSubdivision = Int(v, w, "lbp3DIcosphereSubdivision", 0, 6) }),
        ["kernelRadius"] = ("an integer ≥ 1", (s, v, w) => s with { KernelRadius = Int(v, w, "kernelRadius", 1, 100) }),
        ["maskedKernel"] = ("true or false", (s, v, w) => s with { MaskedKernel = Bool(v, w, "maskedKernel") }),
        ["initValue"] = ("a number (nan allowed)", (s, v, w) => s with { InitValue = Double(v, w, "initValue", double.NegativeInfinity, double.PositiveInfinity, allowNaN: true) }),
        ["voxelBatch"] = ("an integer (−1 or ≥ 1)", (s, v, w) => s with { VoxelBatch = Int(v, w, "voxelBatch", -1, int.MaxValue) }),
        ["ibsiFilterDimension"] = ("2D or 3D", (s, v, w) => s with { IbsiFilterDimension = Enum(v, w, "ibsiFilterDimension", ("2D", Filters.Ibsi2.FilterDimension.Slice2D), ("3D", Filters.Ibsi2.FilterDimension.Volume3D)) }),
        ["ibsiPadding"] = ("zero, nearest, periodic or mirror", (s, v, w) => s with { IbsiPadding = Enum(v, w, "ibsiPadding", ("zero", Filters.Ibsi2.BoundaryMode.Zero), ("nearest", Filters.Ibsi2.BoundaryMode.Nearest), ("periodic", Filters.Ibsi2.BoundaryMode.Periodic), ("mirror", Filters.Ibsi2.BoundaryMode.Mirror)) }),
        ["ibsiMeanSupport"] = ("an odd integer ≥ 1", (s, v, w) => s with { IbsiMeanSupport = OddInt(v, w, "ibsiMeanSupport") }),
        ["ibsiLoGSigma"] = ("a list of numbers > 0 (mm)", (s, v, w) => s with { IbsiLoGSigma = Distinct(DoubleList(v, w, "ibsiLoGSigma", 1, int.MaxValue, double.Epsilon), v, w, "ibsiLoGSigma") }),
        ["ibsiLoGCutoff"] = ("a number > 0", (s, v, w) => s with { IbsiLoGCutoff = Double(v, w, "ibsiLoGCutoff", double.Epsilon, 1000) }),
        ["lawsKernel"] = ("two or three of L3, E3, S3, L5, E5, S5, W5, R5 (e.g. L5E5E5)", (s, v, w) => s with { LawsKernel = LawsKernelOf(v, w) }),
        ["lawsEnergyDistance"] = ("an integer ≥ 0, or null for no energy map", (s, v, w) => s with { LawsEnergyDistance = v is ParameterValue.Null ? null : Int(v, w, "lawsEnergyDistance", 0, 1000) }),
        ["lawsRotationInvariance"] = ("none, max or average", (s, v, w) => s with { LawsRotationInvariance = Enum(v, w, "lawsRotationInvariance", ("none", "none"), ("max", "max"), ("average", "average")) }),
        ["gaborSigma"] = ("a number > 0 (mm)", (s, v, w) => s with { GaborSigma = Double(v, w, "gaborSigma", double.Epsilon, 1e6) }),
        ["gaborLambda"] = ("a number > 0 (mm)", (s, v, w) => s with { GaborLambda = Double(v, w, "gaborLambda", double.Epsilon, 1e6) }),
        ["gaborGamma"] = ("a number > 0", (s, v, w) => s with { GaborGamma = Double(v, w, "gaborGamma", double.Epsilon, 1e6) }),
        ["gaborTheta"] = ("a number (degrees)", (s, v, w) => s with { GaborTheta = Double(v, w, "gaborTheta", -1e6, 1e6) }),
        ["gaborThetaStep"] = ("a number of degrees > 0 and ≤ 360, or null", (s, v, w) => s with { GaborThetaStep = v is ParameterValue.Null ? null : Double(v, w, "gaborThetaStep", double.Epsilon, 360) }),
        ["ibsiWavelet"] = ("a wavelet name (haar, db2, db3, coif1, …)", (s, v, w) => s with { IbsiWavelet = WaveletNameOf(v, w) }),
        ["ibsiWaveletBand"] = ("two or three letters L or H (e.g. LLH)", (s, v, w) => s with { IbsiWaveletBand = WaveletBandOf(v, w) }),
        ["ibsiWaveletLevel"] = ("an integer ≥ 1", (s, v, w) => s with { IbsiWaveletLevel = Int(v, w, "ibsiWaveletLevel", 1, 16) }),
        ["ibsiWaveletRotationInvariance"] = ("none, max or average", (s, v, w) => s with { IbsiWaveletRotationInvariance = Enum(v, w, "ibsiWaveletRotationInvariance", ("none", "none"), ("max", "max"), ("average", "average")) }),
        ["simoncelliLevel"] = ("an integer ≥ 1", (s, v, w) => s with { SimoncelliLevel = Int(v, w, "simoncelliLevel", 1, 16) }),
        // Accepted for compatibility with PyRadiomics parameter files; they change nothing here.
        ["enableCExtensions"] = ("true or false", (s, v, w) => { Bool(v, w, "enableCExtensions"); return s; }),
    };

    /// <summary>The keys accepted in <c>setting</c>, <c>voxelSetting</c> and per-image-type blocks.</summary>
    public static IReadOnlyCollection<string> KnownKeys => Keys.Keys;

    /// <summary>Applies one key/value; <paramref name="where"/> names the place for messages (file and section).</summary>
    public static RadiomicsSettings ApplySetting(RadiomicsSettings settings, string key, ParameterValue value, string where)
    {
        if (!Keys.TryGetValue(key, out var entry))
        {
            string? suggestion = Keys.Keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
            throw new ParameterException(
                $"{where}: unknown setting {IO.SafeText.Quote(key, 60)}." + (suggestion is null ? " See docs/parameters.md for the accepted keys." : $" Did you mean '{suggestion}'?"));
        }

        return entry.Apply(settings, value, where);
    }

    /// <summary>Checks the combination of settings (ranges that involve several keys).</summary>
    public static void ValidateCombination(RadiomicsSettings settings, string where)
    {
        if (settings.ResegmentRange is { Count: 2 } range && range[0] > range[1])
        {
            throw new ParameterException($"{where}: resegmentRange's lower bound ({range[0]}) is above its upper bound ({range[1]}).");
        }

        if (Features.Ibsi.IvhDiscretisation.Problem(settings.IvhIntensityUnits, settings.IvhBinWidth, settings.IvhBinCount) is string problem)
        {
            throw new ParameterException($"{where}: {problem}.");
        }
    }

    private static string Fail(string where, string key, ParameterValue value, string allowed) =>
        throw new ParameterException($"{where}: setting '{key}' has value {IO.SafeText.Escape(value.Describe())}; allowed: {allowed}.");

    private static string ScalarText(ParameterValue value, string where, string key, string allowed) =>
        value is ParameterValue.Scalar scalar ? scalar.Text : Fail(where, key, value, allowed);

    private static bool Bool(ParameterValue value, string where, string key)
    {
        string text = ScalarText(value, where, key, "true or false");
        return ParameterValue.TryBool(text, out bool result) ? result : Fail(where, key, value, "true or false") is null;
    }

    private static int Int(ParameterValue value, string where, string key, int min, int max)
    {
        string allowed = max == int.MaxValue ? $"an integer ≥ {min}" : $"an integer from {min} to {max}";
        string text = ScalarText(value, where, key, allowed);
        if (!ParameterValue.TryInt(text, out long result) || result < min || result > max)
        {
            Fail(where, key, value, allowed);
        }

        return (int)result;
    }

    private static double Double(ParameterValue value, string where, string key, double min, double max, bool allowNaN = false)
    {
        string allowed = min == double.Epsilon ? "a number > 0" : min == 0 ? "a number ≥ 0" : "a number";
        string text = ScalarText(value, where, key, allowed);
        if (!ParameterValue.TryDouble(text, out double result) || (double.IsNaN(result) && !allowNaN) || result < min || result > max)
        {
            Fail(where, key, value, allowed);
        }

        return result;
    }

    private static double? NullableDouble(ParameterValue value, string where, string key, double min, double max) =>
        value is ParameterValue.Null ? null : Double(value, where, key, min, max);

    private static string Text(ParameterValue value, string where, string key) => ScalarText(value, where, key, "a text value");

    private static IReadOnlyList<double> DoubleList(ParameterValue value, string where, string key, int minCount, int maxCount, double min)
    {
        string allowed = minCount == maxCount ? $"a list of {minCount} numbers" : $"a list of {minCount} to {maxCount} numbers";
        IReadOnlyList<ParameterValue> items = value switch
        {
            ParameterValue.Sequence sequence => sequence.Items,
            ParameterValue.Scalar => [value],
            _ => [],
        };
        if (items.Count < minCount || items.Count > maxCount)
        {
            Fail(where, key, value, allowed);
        }

        return items.Select(item => Double(item, where, key, min, double.MaxValue)).ToArray();
    }

    /// <summary>A list whose values each name an output image (σ): a value listed twice would name two images alike.</summary>
    private static IReadOnlyList<double> Distinct(IReadOnlyList<double> values, ParameterValue value, string where, string key)
    {
        if (values.Distinct().Count() != values.Count)
        {
            Fail(where, key, value, "a list of distinct numbers > 0 (each value makes its own image, named after it)");
        }

        return values;
    }

    private static IReadOnlyList<int> IntList(ParameterValue value, string where, string key, int min)
    {
        IReadOnlyList<ParameterValue> items = value switch
        {
            ParameterValue.Sequence sequence => sequence.Items,
            ParameterValue.Scalar => [value],
            _ => [],
        };
        if (items.Count == 0)
        {
            Fail(where, key, value, $"a list of integers ≥ {min}");
        }

        return items.Select(item => Int(item, where, key, min, int.MaxValue)).ToArray();
    }

    private static int OddInt(ParameterValue value, string where, string key)
    {
        int result = Int(value, where, key, 1, 999);
        if (result % 2 == 0)
        {
            Fail(where, key, value, "an odd integer ≥ 1");
        }

        return result;
    }

    private static string LawsKernelOf(ParameterValue value, string where)
    {
        const string allowed = "two or three of L3, E3, S3, L5, E5, S5, W5, R5 (e.g. L5E5E5)";
        string text = ScalarText(value, where, "lawsKernel", allowed);
        try
        {
            int count = Filters.Ibsi2.LawsKernels.Parse(text).Length;
            return count is 2 or 3 ? text.ToUpperInvariant() : Fail(where, "lawsKernel", value, allowed);
        }
        catch (ArgumentException)
        {
            return Fail(where, "lawsKernel", value, allowed);
        }
    }

    private static string WaveletNameOf(ParameterValue value, string where)
    {
        const string allowed = "a wavelet name (haar, db2, db3, coif1, …)";
        string text = ScalarText(value, where, "ibsiWavelet", allowed).ToLowerInvariant();
        try
        {
            _ = Filters.Wavelets.WaveletFilterBank.Get(text);
            return text;
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
        {
            return Fail(where, "ibsiWavelet", value, allowed);
        }
    }

    /// <summary><c>wavelet</c>: a name the wavelet image type can build, kept as written (it is reported in provenance).</summary>
    private static string PyWaveletNameOf(ParameterValue value, string where)
    {
        const string allowed = "a PyWavelets discrete wavelet name (e.g. coif1, haar, db2, sym4, bior1.1)";
        string text = ScalarText(value, where, "wavelet", allowed);
        try
        {
            _ = Filters.Wavelets.WaveletFilterBank.Get(text);
            return text;
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
        {
            return Fail(where, "wavelet", value, allowed);
        }
    }

    private static string WaveletBandOf(ParameterValue value, string where)
    {
        const string allowed = "two or three letters L or H (e.g. LLH)";
        string text = ScalarText(value, where, "ibsiWaveletBand", allowed).ToUpperInvariant();
        return text.Length is 2 or 3 && text.All(c => c is 'L' or 'H') ? text : Fail(where, "ibsiWaveletBand", value, allowed);
    }

    private static T Enum<T>(ParameterValue value, string where, string key, params (string Name, T Value)[] options)
    {
        string allowed = string.Join(", ", options.Select(o => o.Name));
        string text = ScalarText(value, where, key, allowed);
        foreach (var option in options)
        {
            if (string.Equals(option.Name, text, StringComparison.OrdinalIgnoreCase))
            {
                return option.Value;
            }
        }

        Fail(where, key, value, allowed);
        return default!;
    }

    private static Interpolator InterpolatorOf(ParameterValue value, string where)
    {
        // SimpleITK's enum codes, as PyRadiomics also accepts them.
        (string Name, int Code, Interpolator Value)[] options =
        [
            ("sitkNearestNeighbor", 1, Interpolator.NearestNeighbor),
            ("sitkLinear", 2, Interpolator.Linear),
            ("sitkBSpline", 3, Interpolator.BSpline),
            ("sitkGaussian", 4, Interpolator.Gaussian),
            ("sitkLabelGaussian", 5, Interpolator.LabelGaussian),
            ("sitkHammingWindowedSinc", 6, Interpolator.HammingWindowedSinc),
            ("sitkCosineWindowedSinc", 7, Interpolator.CosineWindowedSinc),
            ("sitkWelchWindowedSinc", 8, Interpolator.WelchWindowedSinc),
            ("sitkLanczosWindowedSinc", 9, Interpolator.LanczosWindowedSinc),
            ("sitkBlackmanWindowedSinc", 10, Interpolator.BlackmanWindowedSinc),
        ];
        string allowed = string.Join(", ", options.Select(o => o.Name)) + " (or codes 1–10)";
        string text = ScalarText(value, where, "interpolator", allowed);
        foreach (var option in options)
        {
            if (string.Equals(option.Name, text, StringComparison.OrdinalIgnoreCase) || text == option.Code.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return option.Value;
            }
        }

        Fail(where, "interpolator", value, allowed);
        return default;
    }
}
