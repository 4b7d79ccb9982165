namespace Radiomics.Analysis.Tests.Support;

/// <summary>Assertions of numeric closeness that treat NaN as equal to NaN and name what was compared.</summary>
internal static class Close
{
    public static void Absolute(double expected, double actual, double tolerance, string what)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            Assert.True(double.IsNaN(expected) && double.IsNaN(actual), $"{what}: expected {expected:R}, got {actual:R}");
            return;
        }

        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: expected {expected:R}, got {actual:R} (|diff| {Math.Abs(expected - actual):E2} > {tolerance:E0})");
    }

    public static void Relative(double expected, double actual, double tolerance, string what)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual) || double.IsInfinity(expected))
        {
            Assert.True(expected.Equals(actual), $"{what}: expected {expected:R}, got {actual:R}");
            return;
        }

        double scale = Math.Max(Math.Abs(expected), double.Epsilon);
        Assert.True(Math.Abs(expected - actual) <= tolerance * scale, $"{what}: expected {expected:R}, got {actual:R} (relative diff {Math.Abs(expected - actual) / scale:E2} > {tolerance:E0})");
    }

    /// <summary>|expected - actual| ≤ tolerance · max(1, |expected|): relative for large values, absolute near zero (for quantities that are zero in exact arithmetic).</summary>
    public static void Mixed(double expected, double actual, double tolerance, string what)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual) || double.IsInfinity(expected))
        {
            Assert.True(expected.Equals(actual), $"{what}: expected {expected:R}, got {actual:R}");
            return;
        }

        double scale = Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance * scale, $"{what}: expected {expected:R}, got {actual:R} (diff {Math.Abs(expected - actual):E2} > {tolerance:E0} x {scale:G3})");
    }
}
