namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// The Cox loss −(1/n)·log partial likelihood with Breslow ties (glmnet's <c>family = "cox"</c> objective, with
/// survival's risk sets: a subject censored at a death time is at risk at that time). No intercept.
/// </summary>
internal sealed class CoxLoss : IPenalisedLoss
{
    private readonly SurvivalRiskSets _risk;

    public CoxLoss(SurvivalRiskSets risk)
    {
        _risk = risk;
        NullLoss = -CoxPartialLikelihood.LogLikelihood(risk, new double[risk.Rows], CoxTies.Breslow) / risk.Rows;
        SaturatedLoss = -risk.SaturatedLogLikelihood / risk.Rows;
    }

    public int Rows => _risk.Rows;

    public bool HasIntercept => false;

    public double NullLoss { get; }

    public double SaturatedLoss { get; }

    public double NullIntercept => 0;

    public double Loss(ReadOnlySpan<double> eta) => -CoxPartialLikelihood.LogLikelihood(_risk, eta, CoxTies.Breslow) / Rows;

    public void Quadratise(ReadOnlySpan<double> eta, Span<double> residual, Span<double> weight)
    {
        CoxPartialLikelihood.EtaDerivatives(_risk, eta, residual, weight);
        double inverseN = 1.0 / Rows;
        for (int i = 0; i < residual.Length; i++)
        {
            residual[i] *= inverseN;
            weight[i] *= inverseN;
        }
    }

    public void CoefficientHessian(ReadOnlySpan<double> eta, IReadOnlyList<ReadOnlyMemory<double>> columns, Span<double> hessian)
    {
        CoxPartialLikelihood.Evaluate(_risk, eta, columns, CoxTies.Breslow, [], hessian);
        double inverseN = 1.0 / Rows;
        for (int i = 0; i < hessian.Length; i++)
        {
            hessian[i] *= inverseN;
        }
    }
}
