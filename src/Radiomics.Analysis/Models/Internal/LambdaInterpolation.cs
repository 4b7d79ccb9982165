namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// glmnet's <c>lambda.interp</c>, which <c>predict(fit, s = ...)</c> uses: the coefficients at a λ that is not on the
/// fit's path are the linear interpolation (in λ, not log λ) between the two neighbouring path solutions; a λ above the
/// path's first value takes the first solution, one below its last takes the last. Computed on λ normalised to [0, 1]
/// as glmnet does.
/// </summary>
internal static class LambdaInterpolation
{
    /// <summary>The left and right path indices around <paramref name="s"/> and the weight of the left one.</summary>
    public static (int Left, int Right, double Fraction) Locate(IReadOnlyList<double> path, double s)
    {
        int k = path.Count;
        if (k == 1)
        {
            return (0, 0, 1);
        }

        double first = path[0];
        double span = first - path[k - 1];
        double position = Math.Clamp((first - s) / span, 0, 1);
        int left = 0;
        while (left < k - 1 && Normalised(path, left + 1, first, span) <= position)
        {
            left++;
        }

        if (Normalised(path, left, first, span) == position || left == k - 1)
        {
            return (left, left, 1);
        }

        int right = left + 1;
        double leftValue = Normalised(path, left, first, span);
        double rightValue = Normalised(path, right, first, span);
        // R's .Machine$double.eps: neighbours closer than this (normalised) count as one point.
        if (Math.Abs(leftValue - rightValue) < Numerics.MachineEpsilon.Value)
        {
            return (left, right, 1);
        }

        return (left, right, (position - rightValue) / (leftValue - rightValue));
    }

    private static double Normalised(IReadOnlyList<double> path, int index, double first, double span) => (first - path[index]) / span;
}
