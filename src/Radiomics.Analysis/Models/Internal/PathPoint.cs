namespace Radiomics.Analysis.Models.Internal;

/// <summary>One solution on the λ path, on the standardised scale.</summary>
internal sealed record PathPoint(double Lambda, double Intercept, double[] Beta, double DevianceRatio, int NonZero);
