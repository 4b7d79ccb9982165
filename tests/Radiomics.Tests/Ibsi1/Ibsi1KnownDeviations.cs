using Radiomics.Compliance.Ibsi1;

namespace Radiomics.Tests.Ibsi1;

/// <summary>Known deviations per IBSI 1 configuration: tag → reason, as the IBSI 1 suite documents them.</summary>
internal static class Ibsi1KnownDeviations
{
    public static IReadOnlyDictionary<string, string> For(char configuration) =>
        new Ibsi1Suite().KnownDeviations
            .Where(d => d.Dataset == $"configuration {configuration}")
            .ToDictionary(d => d.Tag, d => d.Reason);
}
