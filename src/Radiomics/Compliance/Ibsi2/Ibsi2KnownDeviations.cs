namespace Radiomics.Compliance.Ibsi2;

/// <summary>The IBSI 2 values known not to match their reference, with the reason. The goal is an empty list.</summary>
internal static class Ibsi2KnownDeviations
{
    public static IReadOnlyList<KnownDeviation> All { get; } =
    [
    ];
}
