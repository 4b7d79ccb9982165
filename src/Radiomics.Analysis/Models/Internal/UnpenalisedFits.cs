namespace Radiomics.Analysis.Models.Internal;

/// <summary>The unpenalised fits: <c>survival::coxph</c> and <c>glm(family = binomial)</c>, by Newton–Raphson on centred columns.</summary>
internal static class UnpenalisedFits
{
    /// <summary>coxph with <paramref name="ties"/>: β on the scale of <paramref name="design"/>'s columns.</summary>
    public static NewtonResult Cox(StandardisedDesign design, SurvivalRiskSets risk, CoxTies ties, double epsilon, int maxIterations)
    {
        var columns = Enumerable.Range(0, design.Features).Select(design.ColumnMemory).ToList();
        var eta = new double[design.Rows];
        return NewtonRaphson.Maximise(
            (beta, score, information) =>
            {
                LinearPredictor(columns, beta, 0, eta);
                return CoxPartialLikelihood.Evaluate(risk, eta, columns, ties, score, information);
            },
            design.Features,
            epsilon,
            maxIterations);
    }

    /// <summary>Logistic regression: parameter 0 is the intercept, then β on the scale of <paramref name="design"/>'s columns.</summary>
    public static NewtonResult Logistic(StandardisedDesign design, double[] y, double epsilon, int maxIterations)
    {
        var columns = Enumerable.Range(0, design.Features).Select(design.ColumnMemory).ToList();
        var loss = new LogisticLoss(y);
        int n = design.Rows;
        var eta = new double[n];
        var residual = new double[n];
        var weight = new double[n];
        return NewtonRaphson.Maximise(
            (theta, score, information) =>
            {
                LinearPredictor(columns, theta[1..], theta[0], eta);
                loss.Quadratise(eta, residual, weight);
                score[0] = VectorKernels.Sum(residual) * n;
                for (int a = 0; a < columns.Count; a++)
                {
                    score[a + 1] = VectorKernels.Dot(residual, columns[a].Span) * n;
                }

                loss.CoefficientHessian(eta, columns, information);
                for (int k = 0; k < information.Length; k++)
                {
                    information[k] *= n;
                }

                return -loss.Loss(eta) * n;
            },
            design.Features + 1,
            epsilon,
            maxIterations);
    }

    private static void LinearPredictor(List<ReadOnlyMemory<double>> columns, ReadOnlySpan<double> beta, double intercept, double[] eta)
    {
        Array.Fill(eta, intercept);
        for (int a = 0; a < columns.Count; a++)
        {
            if (beta[a] != 0)
            {
                VectorKernels.AddScaled(eta, beta[a], columns[a].Span);
            }
        }
    }
}
