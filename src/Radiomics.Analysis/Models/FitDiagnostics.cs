namespace Radiomics.Analysis.Models;

/// <summary>How the fit went: the method, convergence, and the optimality checks that show the answer is the minimiser.</summary>
/// <param name="Method">The algorithm, e.g. "coordinate descent (glmnet path, warm starts) + Newton polish on the active set".</param>
/// <param name="Converged">Whether the convergence criterion and (penalised fits) the KKT check were met.</param>
/// <param name="Iterations">Newton iterations (the polish, or the unpenalised Newton–Raphson as coxph counts them).</param>
/// <param name="LogLikelihood">The log-likelihood (logistic) or log partial likelihood (Cox) at the fit.</param>
/// <param name="NullLogLikelihood">The same for the null model (intercept only / β = 0).</param>
/// <param name="StationarityResidual">Penalised fits: max |gradient of the objective| over the intercept and non-zero coefficients (standardised scale).</param>
/// <param name="SmallestZeroGap">Penalised fits: min over zero coefficients of (αλ − |gradient|)/(αλ); positive when KKT holds.</param>
public sealed record FitDiagnostics(
    string Method,
    bool Converged,
    int Iterations,
    double LogLikelihood,
    double NullLogLikelihood,
    double? StationarityResidual = null,
    double? SmallestZeroGap = null);
