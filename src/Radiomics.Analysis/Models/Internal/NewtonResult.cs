namespace Radiomics.Analysis.Models.Internal;

/// <summary>The outcome of <see cref="NewtonRaphson.Maximise"/>: β, ℓ(0), ℓ(β), the variance (inverse information), iterations, convergence.</summary>
internal sealed record NewtonResult(double[] Beta, double NullLogLikelihood, double LogLikelihood, double[] Variance, int Iterations, bool Converged);
