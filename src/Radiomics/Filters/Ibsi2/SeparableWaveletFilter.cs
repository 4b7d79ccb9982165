using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// IBSI 2 separable wavelet (undecimated, à trous; 25BO): the sub-band response at decomposition level j. Levels
/// 1…j−1 apply the low-pass filter along every axis; level j applies the sub-band's low- (L) or high-pass (H) filter per
/// axis, in axis order (i, j, k), e.g. "LHL". At level j the taps are spread 2^(j−1) apart (zeros in between).
/// Even-length taps get a trailing zero, so tap index (length−1)/2 of the padded filter sits on the voxel (SciPy
/// <c>convolve1d</c> centring). Rotation invariance pools over the right-angle rotations (usually by averaging).
/// </summary>
public sealed record SeparableWaveletFilter : Ibsi2Filter
{
    /// <summary>The undecimated wavelet response of sub-band <paramref name="subBand"/> at level <paramref name="level"/>.</summary>
    /// <param name="wavelet">A wavelet name <c>WaveletTaps</c> knows (pywt names, e.g. <c>haar</c>, <c>db3</c>, <c>coif1</c>); case-insensitive.</param>
    /// <param name="subBand">One letter L or H per axis in axis order (e.g. "LHL"; two letters in 2D); case-insensitive.</param>
    /// <param name="level">The decomposition level j, at least 1.</param>
    /// <param name="dimension">2D (slice by slice) or 3D.</param>
    /// <param name="boundary">How the image is extended beyond its border.</param>
    /// <param name="rotationInvariant">Pool over the right-angle rotations.</param>
    /// <param name="pooling">How the rotated responses are pooled (IBSI averages).</param>
    /// <exception cref="ArgumentException">The wavelet is unknown or the sub-band is malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is below 1.</exception>
    public SeparableWaveletFilter(string wavelet, string subBand, int level, FilterDimension dimension, BoundaryMode boundary,
        bool rotationInvariant = false, RotationPooling pooling = RotationPooling.Average)
        : base(dimension, boundary)
    {
        _ = WaveletTaps.LowPass(wavelet);
        ArgumentException.ThrowIfNullOrWhiteSpace(subBand);
        int axes = dimension == FilterDimension.Volume3D ? 3 : 2;
        string band = subBand.ToUpperInvariant();
        if (band.Length != axes || band.Any(c => c is not ('L' or 'H')))
        {
            throw new ArgumentException($"A {dimension} wavelet sub-band has {axes} letters L or H (e.g. {(axes == 3 ? "LHL" : "LH")}); got '{subBand}'.", nameof(subBand));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        Wavelet = wavelet.ToLowerInvariant();
        SubBand = band;
        Level = level;
        RotationInvariant = rotationInvariant;
        Pooling = pooling;
    }

    /// <summary>The wavelet name, lower case (e.g. <c>db3</c>).</summary>
    public string Wavelet { get; }

    /// <summary>The sub-band, upper case, one letter per axis in axis order (e.g. "LHL").</summary>
    public string SubBand { get; }

    /// <summary>The decomposition level j (1 = the first).</summary>
    public int Level { get; }

    /// <summary>Whether the responses of the right-angle rotations are pooled.</summary>
    public bool RotationInvariant { get; }

    /// <summary>How the rotated responses are pooled (used only when <see cref="RotationInvariant"/>).</summary>
    public RotationPooling Pooling { get; }

    /// <inheritdoc/>
    public override string Describe() =>
        $"wavelet {Wavelet} {SubBand} level={Level} {Dimension} {Boundary}" + (RotationInvariant ? $" rot-inv {Pooling}" : "");

    internal override double[] Execute(double[] voxels, Size3 size, Vector3D spacing, FilterExecution execution)
    {
        double[][][] stages = Stages();
        return RotationInvariant
            ? RotatedSeparable.Pool(voxels, size, stages, Pooling, Boundary, execution)
            : RotatedSeparable.Cascade(voxels, size, stages, Boundary, execution);
    }

    /// <summary>The cascade: Level−1 low-pass stages, then the sub-band stage, taps dilated per level.</summary>
    internal double[][][] Stages()
    {
        double[] low = Centred(WaveletTaps.LowPass(Wavelet));
        double[] high = Centred(WaveletTaps.HighPass(Wavelet));
        var stages = new double[Level][][];
        for (int j = 1; j <= Level; j++)
        {
            int spread = 1 << (j - 1);
            stages[j - 1] = SubBand.Select(letter => Dilate(j < Level || letter == 'L' ? low : high, spread)).ToArray();
        }

        return stages;
    }

    private static double[] Centred(double[] taps) => taps.Length % 2 == 1 ? taps : [.. taps, 0];

    private static double[] Dilate(double[] taps, int spread)
    {
        var dilated = new double[(taps.Length - 1) * spread + 1];
        for (int t = 0; t < taps.Length; t++)
        {
            dilated[t * spread] = taps[t];
        }

        return dilated;
    }
}
