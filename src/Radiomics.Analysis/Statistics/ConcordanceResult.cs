namespace Radiomics.Analysis.Statistics;

/// <summary>
/// Lin's concordance correlation coefficient with its confidence interval, as <c>epiR::epi.ccc</c> reports them:
/// <c>rho.c</c> (est, lower, upper), <c>s.shift</c>, <c>l.shift</c> and the bias correction factor <c>C.b</c>.
/// </summary>
/// <param name="Ccc">ρc = 2 s_xy / (s_x² + s_y² + (x̄ - ȳ)²), moments with divisor n.</param>
/// <param name="CiLow">Lower bound of the Fisher z-transform interval.</param>
/// <param name="CiHigh">Upper bound of the Fisher z-transform interval.</param>
/// <param name="ScaleShift">sd(y) / sd(x) (epiR's <c>s.shift</c>).</param>
/// <param name="LocationShift">(ȳ - x̄) / (s_x² s_y²)^¼ with divisor-n variances (epiR's <c>l.shift</c>).</param>
/// <param name="BiasCorrection">C_b = ρc / r, how far the best-fit line is from the 45° line (epiR's <c>C.b</c>).</param>
/// <param name="Pairs">The number of complete pairs used.</param>
public sealed record ConcordanceResult(
    double Ccc, double CiLow, double CiHigh, double ScaleShift, double LocationShift, double BiasCorrection, int Pairs);
