namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// A fit on the design's scale: intercept and coefficients for the design's (centred, perhaps scaled) columns, standard
/// errors on the original scale (unpenalised), the λ and CV curve (penalised), and the diagnostics.
/// </summary>
internal sealed record FitResult(
    StandardisedDesign Design,
    double Intercept,
    double[] Beta,
    double[]? StandardErrors,
    double? Lambda,
    CrossValidationCurve? Curve,
    FitDiagnostics Diagnostics)
{
    /// <summary>The intercept on the original scale.</summary>
    public double OriginalIntercept()
    {
        double intercept = Intercept;
        for (int j = 0; j < Beta.Length; j++)
        {
            intercept -= Beta[j] / Design.Scales[j] * Design.Means[j];
        }

        return intercept;
    }

    /// <summary>The coefficients on the original scale.</summary>
    public double[] OriginalCoefficients() => Beta.Select((b, j) => b / Design.Scales[j]).ToArray();

    /// <summary>The linear predictor (original-scale intercept, 0 for Cox, plus coefficients) for every row of <paramref name="data"/>.</summary>
    public double[] LinearPredictor(TrainingData data, bool withIntercept)
    {
        double[] beta = OriginalCoefficients();
        var eta = new double[data.Rows];
        Array.Fill(eta, withIntercept ? OriginalIntercept() : 0);
        for (int j = 0; j < beta.Length; j++)
        {
            if (beta[j] != 0)
            {
                VectorKernels.AddScaled(eta, beta[j], data.Columns[j]);
            }
        }

        return eta;
    }
}
