using Radiomics.Numerics.Simd;

namespace Radiomics.Filters.Ibsi2;

/// <summary>Rotation pooling of filter responses (the arithmetic itself is <see cref="SpanArithmetic"/>).</summary>
internal static class VectorMath
{
    /// <summary>Combines weight·<paramref name="source"/> into <paramref name="target"/> with the pooling rule (average = running weighted sum).</summary>
    public static void Pool(Span<double> target, ReadOnlySpan<double> source, RotationPooling pooling, double weight = 1)
    {
        switch (pooling)
        {
            case RotationPooling.Max:
                for (int i = 0; i < target.Length; i++)
                {
                    target[i] = Math.Max(target[i], weight * source[i]);
                }

                break;
            case RotationPooling.Min:
                for (int i = 0; i < target.Length; i++)
                {
                    target[i] = Math.Min(target[i], weight * source[i]);
                }

                break;
            default:
                SpanArithmetic.MultiplyAdd(source, weight, target);
                break;
        }
    }
}
