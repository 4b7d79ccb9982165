namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// The binomial loss −(1/n)·Σ [y_i η_i − log(1 + e^{η_i})] for y in {0, 1}, as glmnet's <c>family = "binomial"</c>
/// with unit observation weights.
/// </summary>
internal sealed class LogisticLoss : IPenalisedLoss
{
    private readonly double[] _y;

    public LogisticLoss(double[] y)
    {
        _y = y;
        double mean = VectorKernels.Sum(y) / y.Length;
        NullIntercept = Math.Log(mean / (1 - mean));
        NullLoss = -(mean * Math.Log(mean) + (1 - mean) * Math.Log(1 - mean));
    }

    public int Rows => _y.Length;

    public bool HasIntercept => true;

    public double NullLoss { get; }

    public double SaturatedLoss => 0;

    public double NullIntercept { get; }

    public double Loss(ReadOnlySpan<double> eta)
    {
        double sum = 0;
        for (int i = 0; i < eta.Length; i++)
        {
            sum += LogOnePlusExp(eta[i]) - _y[i] * eta[i];
        }

        return sum / eta.Length;
    }

    public void Quadratise(ReadOnlySpan<double> eta, Span<double> residual, Span<double> weight)
    {
        double inverseN = 1.0 / eta.Length;
        for (int i = 0; i < eta.Length; i++)
        {
            double p = Probability(eta[i]);
            residual[i] = (_y[i] - p) * inverseN;
            weight[i] = p * (1 - p) * inverseN;
        }
    }

    public void CoefficientHessian(ReadOnlySpan<double> eta, IReadOnlyList<ReadOnlyMemory<double>> columns, Span<double> hessian)
    {
        int n = eta.Length;
        var weight = new double[n];
        var residual = new double[n];
        Quadratise(eta, residual, weight);
        var ones = new double[n];
        Array.Fill(ones, 1.0);
        var all = new List<ReadOnlyMemory<double>>(columns.Count + 1) { ones };
        all.AddRange(columns);
        int m = all.Count;
        for (int a = 0; a < m; a++)
        {
            for (int b = 0; b <= a; b++)
            {
                double h = VectorKernels.Dot3(weight, all[a].Span, all[b].Span);
                hessian[a * m + b] = h;
                hessian[b * m + a] = h;
            }
        }
    }

    /// <summary>1 / (1 + e^{−η}), without overflow for large |η|.</summary>
    public static double Probability(double eta) =>
        eta >= 0 ? 1.0 / (1.0 + Math.Exp(-eta)) : Math.Exp(eta) / (1.0 + Math.Exp(eta));

    /// <summary>log(1 + e^x) without overflow or loss of precision.</summary>
    public static double LogOnePlusExp(double x) => x > 0 ? x + LogOnePlus(Math.Exp(-x)) : LogOnePlus(Math.Exp(x));

    private static double LogOnePlus(double x) => x < 1e-4 ? x - x * x / 2 + x * x * x / 3 : Math.Log(1 + x);
}
