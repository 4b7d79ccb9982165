namespace Radiomics.Features.Ibsi;

/// <summary>
/// IBSI intensity-volume histogram features (IBSI 1, section "Intensity-volume histogram features", family tag
/// <c>ivh</c>), computed on the ROI intensities discretised as <see cref="IvhDiscretisation"/> says.
/// </summary>
/// <remarks>
/// Symbols: the discretised intensities take values <c>X_1 &lt; … &lt; X_{N_g}</c> (every bin of the range, present
/// or not); the volume fraction <c>ν_i = 1 − (1/N_v) Σ_k [X_k &lt; X_i]</c> is the fraction of voxels at or above
/// <c>X_i</c>; the intensity fraction is <c>γ_i = (X_i − X_1) / (X_{N_g} − X_1)</c>.
/// </remarks>
public sealed class IntensityVolumeHistogramFamily(IvhDiscretisation discretisation) : IFeatureFamily
{
    private static readonly (FeatureInfo Info, Func<Curve, double> Compute)[] Table =
    [
        (new("v10", "BC2M"), c => VolumeAtIntensityFraction(c, 0.10)),
        (new("v90", "BC2M"), c => VolumeAtIntensityFraction(c, 0.90)),
        (new("i10", "GBPN"), c => IntensityAtVolumeFraction(c, 0.10)),
        (new("i90", "GBPN"), c => IntensityAtVolumeFraction(c, 0.90)),
        (new("diff_v10_v90", "DDTU"), c => VolumeAtIntensityFraction(c, 0.10) - VolumeAtIntensityFraction(c, 0.90)),
        (new("diff_i10_i90", "CNV2"), c => IntensityAtVolumeFraction(c, 0.10) - IntensityAtVolumeFraction(c, 0.90)),
        (new("auc", "9CMM"), AreaUnderCurve),
    ];

    /// <summary>The family on the intensities as they are (<see cref="IvhDiscretisation.None"/>).</summary>
    public IntensityVolumeHistogramFamily()
        : this(IvhDiscretisation.None)
    {
    }

    /// <summary>How the ROI intensities are discretised before the curve is computed.</summary>
    public IvhDiscretisation Discretisation { get; } = discretisation;

    /// <inheritdoc/>
    public string Name => "ivh";

    /// <inheritdoc/>
    public IReadOnlyList<FeatureInfo> Features { get; } = Table.Select(t => t.Info).ToArray();

    /// <inheritdoc/>
    /// <remarks>The curve discretises the ROI intensities its own way (<see cref="Discretisation"/>), not with the grey levels.</remarks>
    public bool ReadsGreyLevels(IReadOnlyList<FeatureInfo> requested) => false;

    /// <inheritdoc/>
    public double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested)
    {
        Curve curve = Curve.Of(input.RoiValues, Discretisation);
        return requested.Select(r => Array.Find(Table, t => t.Info == r).Compute(curve)).ToArray();
    }

    /// <summary>Volume at intensity fraction x (IBSI BC2M): ν_i of the first bin with γ_i ≥ x.</summary>
    public static double VolumeAtIntensityFraction(Curve curve, double x)
    {
        for (int i = 0; i < curve.Values.Length; i++)
        {
            if (curve.IntensityFraction(i) >= x - 1e-12)
            {
                return curve.VolumeFraction[i];
            }
        }

        return 0;
    }

    /// <summary>Intensity at volume fraction x (IBSI GBPN): the lowest X_i with ν_i ≤ x (X_{N_g} + one bin when none).</summary>
    public static double IntensityAtVolumeFraction(Curve curve, double x)
    {
        for (int i = 0; i < curve.Values.Length; i++)
        {
            if (curve.VolumeFraction[i] <= x)
            {
                return curve.Values[i];
            }
        }

        return curve.Values[^1] + (curve.Values.Length > 1 ? curve.Values[^1] - curve.Values[^2] : 1);
    }

    /// <summary>Area under the IVH curve (IBSI 9CMM): trapezoidal rule of ν over γ.</summary>
    public static double AreaUnderCurve(Curve curve)
    {
        double area = 0;
        for (int i = 1; i < curve.Values.Length; i++)
        {
            area += 0.5 * (curve.VolumeFraction[i] + curve.VolumeFraction[i - 1]) * (curve.IntensityFraction(i) - curve.IntensityFraction(i - 1));
        }

        return area;
    }

    /// <summary>The discretised intensity values X_i and their volume fractions ν_i.</summary>
    public sealed record Curve(double[] Values, double[] VolumeFraction)
    {
        /// <summary>γ_i = (X_i − X_min) / (X_max − X_min), the intensity fraction of point <paramref name="i"/>; 0 with a single value.</summary>
        public double IntensityFraction(int i) => Values.Length == 1 ? 0 : (Values[i] - Values[0]) / (Values[^1] - Values[0]);

        /// <summary>The curve of the ROI intensities <paramref name="roi"/>, discretised by <paramref name="discretisation"/>.</summary>
        public static Curve Of(ReadOnlySpan<double> roi, IvhDiscretisation discretisation)
        {
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            foreach (double v in roi)
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }

            int binCount;
            Func<double, int> binOf;
            Func<int, double> valueOf;
            if (discretisation.BinCount is int count)
            {
                binCount = count;
                double width = (max - min) / count;
                binOf = v => width == 0 ? 0 : Math.Min(count - 1, (int)Math.Floor((v - min) / width));
                valueOf = b => b + 1;
            }
            else
            {
                double lower = discretisation.Lower ?? min, upper = discretisation.Upper ?? max, size = discretisation.BinSize;
                binCount = (int)Math.Floor((upper - lower) / size + 1e-9) + 1;
                binOf = v => Math.Clamp((int)Math.Floor((v - lower) / size + 1e-9), 0, binCount - 1);
                double offset = discretisation.BinCentres ? 0.5 * size : 0;
                valueOf = b => lower + b * size + offset;
            }

            var counts = new long[binCount];
            foreach (double v in roi)
            {
                counts[binOf(v)]++;
            }

            var values = new double[binCount];
            var fraction = new double[binCount];
            long below = 0;
            for (int b = 0; b < binCount; b++)
            {
                values[b] = valueOf(b);
                fraction[b] = 1 - (double)below / roi.Length;
                below += counts[b];
            }

            return new Curve(values, fraction);
        }
    }
}
