namespace Radiomics.Analysis.Models.Internal;

/// <summary>What the polish achieved: convergence, iterations, the KKT stationarity residual on the support, the
/// smallest relative gap of a zero coefficient's gradient below αλ, and the zero coefficients that violate KKT.</summary>
internal sealed record PolishOutcome(bool Converged, int Iterations, double Stationarity, double ZeroGap, IReadOnlyList<int> Violators);
