using Radiomics.Configuration;

namespace Radiomics.Filters.Lbp;

/// <summary>
/// The 2D local binary pattern of one image plane with scikit-image's semantics
/// (<c>skimage.feature.local_binary_pattern(image, P, R, method)</c>, the Cython kernel <c>_local_binary_pattern</c>),
/// which PyRadiomics applies slice by slice for its <c>LBP2D</c> image type. No IBSI identifier (not an IBSI filter).
/// </summary>
/// <remarks>
/// <para>For each pixel (r, c) the P neighbours sit at <c>(r + rp[i], c + cp[i])</c> with
/// <c>rp[i] = round(−R·sin(2πi/P), 5)</c>, <c>cp[i] = round(R·cos(2πi/P), 5)</c> (numpy's round: half to even of the
/// value times 10⁵), where R is first narrowed to single precision (the kernel declares <c>float R</c>). Values are
/// interpolated bilinearly with zeros outside the plane, and thresholded as <c>s_i = texture_i − centre ≥ 0</c>.</para>
/// <para>Methods: <c>default</c> Σ s_i 2^i; <c>ror</c> the minimum over the P cyclic right rotations of that code;
/// <c>uniform</c> Σ s_i when the number of changes between consecutive s_i (i = 0…P−2, not cyclic, as skimage)
/// is at most 2, else P + 1; <c>nri_uniform</c> skimage's non-rotation-invariant uniform index; <c>var</c> the
/// (population) variance of the P samples, NaN when it is 0 (skimage ≥ 0.19).</para>
/// </remarks>
internal sealed class LocalBinaryPattern2D
{
    private readonly double[] _rowOffsets;
    private readonly double[] _columnOffsets;

    public LocalBinaryPattern2D(int samples, double radius, LbpMethod method)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        if (method is LbpMethod.Default or LbpMethod.Ror && samples > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(samples), samples, "The default and ror LBP codes use 32-bit weights: at most 30 samples.");
        }

        Samples = samples;
        Method = method;
        double r = (float)radius;
        _rowOffsets = new double[samples];
        _columnOffsets = new double[samples];
        for (int i = 0; i < samples; i++)
        {
            double angle = 2 * Math.PI * i / samples;
            _rowOffsets[i] = RoundToFiveDecimals(-r * Math.Sin(angle));
            _columnOffsets[i] = RoundToFiveDecimals(r * Math.Cos(angle));
        }
    }

    public int Samples { get; }

    public LbpMethod Method { get; }

    /// <summary>Computes the LBP of a row-major plane (<paramref name="rows"/> × <paramref name="columns"/>) into <paramref name="output"/>.</summary>
    /// <param name="plane">The plane's values, row-major, <paramref name="rows"/> × <paramref name="columns"/>.</param>
    /// <param name="rows">The number of rows.</param>
    /// <param name="columns">The number of columns (values per row).</param>
    /// <param name="output">The LBP code of every pixel, row-major; the same length as <paramref name="plane"/>.</param>
    /// <param name="texture">Scratch space of at least <see cref="Samples"/> values.</param>
    public void Apply(ReadOnlySpan<double> plane, int rows, int columns, Span<double> output, Span<double> texture)
    {
        int p = Samples;
        Span<bool> signs = p <= 256 ? stackalloc bool[p] : new bool[p];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                double centre = plane[(r * columns) + c];
                for (int i = 0; i < p; i++)
                {
                    texture[i] = Bilinear(plane, rows, columns, r + _rowOffsets[i], c + _columnOffsets[i]);
                    signs[i] = texture[i] - centre >= 0;
                }

                output[(r * columns) + c] = Code(signs, texture[..p]);
            }
        }
    }

    private double Code(ReadOnlySpan<bool> signs, ReadOnlySpan<double> texture)
    {
        int p = signs.Length;
        switch (Method)
        {
            case LbpMethod.Var:
                return Variance(texture);
            case LbpMethod.Uniform or LbpMethod.NriUniform:
                int changes = 0;
                for (int i = 0; i < p - 1; i++)
                {
                    changes += signs[i] != signs[i + 1] ? 1 : 0;
                }

                return Method == LbpMethod.Uniform ? UniformCode(signs, changes) : NonRotationInvariantUniformCode(signs, changes);
            default:
                int code = 0;
                for (int i = 0; i < p; i++)
                {
                    code += signs[i] ? 1 << i : 0;
                }

                return Method == LbpMethod.Ror ? MinimumRotation(code, p) : code;
        }
    }

    private static double UniformCode(ReadOnlySpan<bool> signs, int changes)
    {
        if (changes > 2)
        {
            return signs.Length + 1;
        }

        int ones = 0;
        foreach (bool s in signs)
        {
            ones += s ? 1 : 0;
        }

        return ones;
    }

    /// <summary>skimage's 'nri_uniform': 0 and P(P−1)+1 for the constant patterns, P(P−1)+2 for non-uniform ones, else 1 + (ones−1)·P + rotation.</summary>
    private static double NonRotationInvariantUniformCode(ReadOnlySpan<bool> signs, int changes)
    {
        int p = signs.Length;
        if (changes > 2)
        {
            return (p * (p - 1)) + 2;
        }

        int ones = 0, firstOne = -1, firstZero = -1;
        for (int i = 0; i < p; i++)
        {
            if (signs[i])
            {
                ones++;
                if (firstOne == -1)
                {
                    firstOne = i;
                }
            }
            else if (firstZero == -1)
            {
                firstZero = i;
            }
        }

        if (ones == 0)
        {
            return 0;
        }

        if (ones == p)
        {
            return (p * (p - 1)) + 1;
        }

        int rotation = firstOne == 0 ? ones - firstZero : p - firstOne;
        return 1 + ((ones - 1) * p) + rotation;
    }

    private static int MinimumRotation(int code, int p)
    {
        int minimum = code, value = code;
        for (int i = 1; i < p; i++)
        {
            value = (value >> 1) | ((value & 1) << (p - 1));
            minimum = Math.Min(minimum, value);
        }

        return minimum;
    }

    /// <summary>skimage ≥ 0.19 'var': (Σt² − (Σt)²/P) / P, NaN when zero.</summary>
    private static double Variance(ReadOnlySpan<double> texture)
    {
        double sum = 0, squares = 0;
        foreach (double t in texture)
        {
            sum += t;
            squares += t * t;
        }

        double variance = (squares - (sum * sum / texture.Length)) / texture.Length;
        return variance != 0 ? variance : double.NaN;
    }

    /// <summary>skimage's <c>bilinear_interpolation</c> with mode 'C' and cval 0.</summary>
    private static double Bilinear(ReadOnlySpan<double> plane, int rows, int columns, double r, double c)
    {
        long minR = (long)Math.Floor(r), minC = (long)Math.Floor(c);
        long maxR = (long)Math.Ceiling(r), maxC = (long)Math.Ceiling(c);
        double dr = r - minR, dc = c - minC;
        double top = ((1 - dc) * Pixel(plane, rows, columns, minR, minC)) + (dc * Pixel(plane, rows, columns, minR, maxC));
        double bottom = ((1 - dc) * Pixel(plane, rows, columns, maxR, minC)) + (dc * Pixel(plane, rows, columns, maxR, maxC));
        return ((1 - dr) * top) + (dr * bottom);
    }

    private static double Pixel(ReadOnlySpan<double> plane, int rows, int columns, long r, long c) =>
        r < 0 || r >= rows || c < 0 || c >= columns ? 0 : plane[(int)((r * columns) + c)];

    /// <summary>numpy <c>round(x, 5)</c>: <c>rint(x · 10⁵) / 10⁵</c>.</summary>
    private static double RoundToFiveDecimals(double x) => Math.Round(x * 1e5, MidpointRounding.ToEven) / 1e5;
}
