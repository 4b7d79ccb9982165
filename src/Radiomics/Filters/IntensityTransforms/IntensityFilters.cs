using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Radiomics.Imaging;

namespace Radiomics.Filters.IntensityTransforms;

/// <summary>
/// PyRadiomics' point-wise intensity filters (<c>getSquareImage</c>, <c>getSquareRootImage</c>,
/// <c>getLogarithmImage</c>, <c>getExponentialImage</c>), computed in double, with M = max|x| over every voxel of
/// the whole input image (not only the ROI). Each rescales so that the output keeps the input's range, and the odd
/// ones keep the sign of negative intensities. The overloads taking M apply the filter to part of an image whose M
/// is known: each voxel's value then equals the whole image's.
/// </summary>
public static class IntensityFilters
{
    /// <summary>
    /// <c>square</c>: f(x) = (c·x)², c = 1/√M. Negative intensities become positive. A zero image (M = 0) gives
    /// NaN everywhere, as numpy's 0·∞.
    /// </summary>
    public static Volume<double> Square(Volume<double> image) => Square(image, MaxAbs(image));

    /// <inheritdoc cref="Square(Volume{double})"/>
    public static Volume<double> Square(Volume<double> image, double maxAbs)
    {
        double coefficient = 1 / Math.Sqrt(maxAbs);
        var result = NewLike(image);
        SquareInto(image.Voxels, coefficient, result.Voxels);
        return result;
    }

    /// <summary>
    /// <c>squareroot</c>: f(x) = √(M·x) for x &gt; 0, −√(−M·x) for x &lt; 0, 0 for x = 0 (sign kept).
    /// </summary>
    public static Volume<double> SquareRoot(Volume<double> image) => SquareRoot(image, MaxAbs(image));

    /// <inheritdoc cref="SquareRoot(Volume{double})"/>
    public static Volume<double> SquareRoot(Volume<double> image, double maxAbs)
    {
        var result = NewLike(image);
        SquareRootInto(image.Voxels, maxAbs, result.Voxels);
        return result;
    }

    /// <summary>
    /// <c>logarithm</c>: g(x) = ln(x + 1) for x &gt; 0, −ln(1 − x) for x &lt; 0, 0 for x = 0; then
    /// f = g · M / max|g| (the range is rescaled to the input's). NaN when every voxel is 0.
    /// </summary>
    /// <remarks>
    /// |g(x)| = ln(fl(|x| + 1)) for either sign (x − 1 rounds as −(|x| + 1)), and rounding and ln are monotone, so
    /// max|g| = ln(M + 1) exactly: the whole image's max|g| follows from M alone.
    /// </remarks>
    public static Volume<double> Logarithm(Volume<double> image) => Logarithm(image, MaxAbs(image));

    /// <inheritdoc cref="Logarithm(Volume{double})"/>
    public static Volume<double> Logarithm(Volume<double> image, double maxAbs)
    {
        double scale = maxAbs / Math.Log(maxAbs + 1);
        var result = NewLike(image);
        LogarithmInto(image.Voxels, scale, result.Voxels);
        return result;
    }

    /// <summary><c>exponential</c>: f(x) = e^(c·x), c = ln(M)/M (so f(M) = M).</summary>
    public static Volume<double> Exponential(Volume<double> image) => Exponential(image, MaxAbs(image));

    /// <inheritdoc cref="Exponential(Volume{double})"/>
    public static Volume<double> Exponential(Volume<double> image, double maxAbs)
    {
        double coefficient = Math.Log(maxAbs) / maxAbs;
        var result = NewLike(image);
        ExponentialInto(image.Voxels, coefficient, result.Voxels);
        return result;
    }

    /// <summary><see cref="Square(Volume{double}, double)"/> of <paramref name="source"/> into <paramref name="target"/> (same length).</summary>
    internal static void Square(ReadOnlySpan<double> source, double maxAbs, Span<double> target) => SquareInto(source, 1 / Math.Sqrt(maxAbs), target);

    /// <summary><see cref="SquareRoot(Volume{double}, double)"/> of <paramref name="source"/> into <paramref name="target"/>.</summary>
    internal static void SquareRoot(ReadOnlySpan<double> source, double maxAbs, Span<double> target) => SquareRootInto(source, maxAbs, target);

    /// <summary><see cref="Logarithm(Volume{double}, double)"/> of <paramref name="source"/> into <paramref name="target"/>.</summary>
    internal static void Logarithm(ReadOnlySpan<double> source, double maxAbs, Span<double> target) =>
        LogarithmInto(source, maxAbs / Math.Log(maxAbs + 1), target);

    /// <summary><see cref="Exponential(Volume{double}, double)"/> of <paramref name="source"/> into <paramref name="target"/>.</summary>
    internal static void Exponential(ReadOnlySpan<double> source, double maxAbs, Span<double> target) =>
        ExponentialInto(source, Math.Log(maxAbs) / maxAbs, target);

    // The voxel loops: plain span loops compiled fully optimised at once (a short extraction would otherwise run
    // them as unoptimised tier-0 code), each voxel computed exactly as the formulas above state.
    private static Volume<double> NewLike(Volume<double> image) =>
        new(image.Geometry, GC.AllocateUninitializedArray<double>(image.Length));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SquareInto(ReadOnlySpan<double> source, double coefficient, Span<double> target)
    {
        for (int i = 0; i < source.Length; i++)
        {
            double scaled = coefficient * source[i];
            target[i] = scaled * scaled;
        }
    }

    /// <summary>
    /// √(M·x), −√(−M·x) or x (0, NaN): −x·M is |x|·M for x &lt; 0, so each voxel takes one root, √(|x|·M), given the
    /// voxel's sign (branch-free: the signs of CT intensities are unpredictable), four voxels at a time: the same
    /// correctly rounded product and IEEE square root per voxel as the scalar loop, so the same values.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SquareRootInto(ReadOnlySpan<double> source, double maxAbs, Span<double> target)
    {
        target = target[..source.Length];
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<double> m = Vector256.Create(maxAbs);
            for (; i <= source.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                Vector256<double> x = Vector256.Create(source.Slice(i, Vector256<double>.Count));
                Vector256<double> root = Vector256.Sqrt(Vector256.Abs(x) * m);
                Vector256<double> negated = root ^ Vector256.Create(-0.0); // the sign bit flipped, as the scalar unary minus
                Vector256<double> signed = Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256<double>.Zero), negated, x);
                Vector256.ConditionalSelect(Vector256.GreaterThan(x, Vector256<double>.Zero), root, signed).CopyTo(target.Slice(i, Vector256<double>.Count));
            }
        }

        for (; i < source.Length; i++)
        {
            double x = source[i];
            target[i] = x > 0 ? Math.Sqrt(x * maxAbs) : x < 0 ? -Math.Sqrt(-x * maxAbs) : x;
        }
    }

    /// <summary>g(x) · scale, g(x) = ln(x + 1), −ln(1 − x) or 0 (each g rounded to double before scaling).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LogarithmInto(ReadOnlySpan<double> source, double scale, Span<double> target)
    {
        for (int i = 0; i < source.Length; i++)
        {
            double x = source[i];
            double logged = x > 0 ? Math.Log(x + 1) : x < 0 ? -Math.Log(-(x - 1)) : x;
            target[i] = logged * scale;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ExponentialInto(ReadOnlySpan<double> source, double coefficient, Span<double> target)
    {
        for (int i = 0; i < source.Length; i++)
        {
            target[i] = Math.Exp(coefficient * source[i]);
        }
    }

    /// <summary>max |x| over the whole image (numpy's max of abs; NaN propagates).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double MaxAbs(Volume<double> image)
    {
        double max = 0;
        foreach (double x in image.Voxels)
        {
            double a = Math.Abs(x);
            if (a > max || double.IsNaN(a))
            {
                max = a;
                if (double.IsNaN(a))
                {
                    break;
                }
            }
        }

        return max;
    }
}
