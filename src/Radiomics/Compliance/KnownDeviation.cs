namespace Radiomics.Compliance;

/// <summary>A reference value the engine is known not to match, with the reason. Lists of these are asserted exactly.</summary>
public sealed record KnownDeviation(string Dataset, string Tag, string Reason);
