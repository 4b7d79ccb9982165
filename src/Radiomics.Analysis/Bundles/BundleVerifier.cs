using Radiomics.Extraction;

namespace Radiomics.Analysis.Bundles;

/// <summary>
/// Checks that this build computes what a bundle needs exactly as the build that made it: the bundle's parameter text
/// binds to the recorded settings (<see cref="BundlePipeline.Open"/>), and the check case, regenerated from its seed,
/// gives every recorded feature value bit for bit (NaN matches NaN). The content's SHA-256 is checked when the file is
/// read (<see cref="BundleFile.Read"/>).
/// </summary>
public static class BundleVerifier
{
    /// <summary>Verifies <paramref name="pipeline"/>'s bundle; returns the number of feature values compared.</summary>
    /// <exception cref="BundleException">The check case cannot be extracted, or a value differs (the first named, with the count).</exception>
    public static int Verify(BundlePipeline pipeline, string source = "bundle")
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        CheckCase check = pipeline.Bundle.CheckCase;
        var computed = Compute(pipeline, check.Seed, check.Size, check.Label, source).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var differences = new List<string>();
        foreach (var (name, recorded) in check.Values)
        {
            if (!computed.TryGetValue(name, out double value))
            {
                differences.Add($"'{name}' is no longer produced");
            }
            else if (!SameBits(value, recorded))
            {
                differences.Add(FormattableString.Invariant($"'{name}' is {value:R}, the bundle recorded {recorded:R}"));
            }
        }

        if (differences.Count > 0)
        {
            throw new BundleException(
                $"{source}: this build ({Tables.AnalysisProvenance.CurrentVersion}) computes the check case differently from the build that made the bundle ({pipeline.Bundle.ToolVersion}): "
                + differences[0] + (differences.Count > 1 ? $" (and {differences.Count - 1} more of {check.Values.Count})" : "") + "; do not use it for predictions");
        }

        return check.Values.Count;
    }

    /// <summary>Regenerates the check case and extracts it with the pipeline's settings: every feature, in extraction order.</summary>
    internal static IReadOnlyList<KeyValuePair<string, double>> Compute(BundlePipeline pipeline, ulong seed, int size, int label, string source)
    {
        var (image, mask) = CheckCaseImage.Create(seed, size, label);
        try
        {
            FeatureResult result = pipeline.Extractor.Extract(image, mask, new InputDescription("bundle check case", null), new InputDescription("bundle check case mask", null));
            return result.Features.ToArray();
        }
        catch (ExtractionException e)
        {
            throw new BundleException($"{source}: the check case cannot be extracted with the bundle's settings ({e.Message.TrimEnd('.')})", e);
        }
    }

    private static bool SameBits(double a, double b) =>
        (double.IsNaN(a) && double.IsNaN(b)) || BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);
}
