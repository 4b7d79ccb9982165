namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// The Cox log partial likelihood, its score and its information, by one pass over the risk sets from the longest time
/// down (the risk set at t is every subject with time ≥ t, so a subject censored at t is at risk at t, as in
/// <c>survival::coxph</c>). Exponentials are taken after subtracting max η, which cancels in every ratio.
/// </summary>
internal static class CoxPartialLikelihood
{
    /// <summary>
    /// Breslow log partial likelihood ℓ(η) and its derivatives in η: <paramref name="gradient"/>[i] = ∂ℓ/∂η_i and
    /// <paramref name="curvature"/>[i] = −∂²ℓ/∂η_i² (the diagonal glmnet's Cox coordinate descent uses).
    /// </summary>
    public static double EtaDerivatives(SurvivalRiskSets risk, ReadOnlySpan<double> eta, Span<double> gradient, Span<double> curvature)
    {
        int groups = risk.GroupCount;
        double shift = Max(eta);
        var weight = new double[risk.Rows];
        for (int i = 0; i < weight.Length; i++)
        {
            weight[i] = Math.Exp(eta[i] - shift);
        }

        var riskSum = new double[groups];
        double sum = 0;
        double logLikelihood = 0;
        for (int g = groups - 1; g >= 0; g--)
        {
            for (int k = risk.GroupStart[g]; k < risk.GroupStart[g + 1]; k++)
            {
                int i = risk.Order[k];
                sum += weight[i];
                if (risk.Died[i])
                {
                    logLikelihood += eta[i];
                }
            }

            riskSum[g] = sum;
            if (risk.Deaths[g] > 0)
            {
                logLikelihood -= risk.Deaths[g] * (Math.Log(sum) + shift);
            }
        }

        double first = 0;
        double second = 0;
        for (int g = 0; g < groups; g++)
        {
            if (risk.Deaths[g] > 0)
            {
                first += risk.Deaths[g] / riskSum[g];
                second += risk.Deaths[g] / (riskSum[g] * riskSum[g]);
            }

            for (int k = risk.GroupStart[g]; k < risk.GroupStart[g + 1]; k++)
            {
                int i = risk.Order[k];
                double w = weight[i];
                gradient[i] = (risk.Died[i] ? 1.0 : 0.0) - w * first;
                curvature[i] = w * first - w * w * second;
            }
        }

        return logLikelihood;
    }

    /// <summary>The log partial likelihood with <paramref name="ties"/>.</summary>
    public static double LogLikelihood(SurvivalRiskSets risk, ReadOnlySpan<double> eta, CoxTies ties) =>
        Evaluate(risk, eta, [], ties, [], []);

    /// <summary>
    /// The log partial likelihood with <paramref name="ties"/>, its score U (∂ℓ/∂β for the coefficients of
    /// <paramref name="columns"/>) and information I (−∂²ℓ/∂β², row-major m × m); pass empty spans to skip them.
    /// </summary>
    public static double Evaluate(
        SurvivalRiskSets risk,
        ReadOnlySpan<double> eta,
        IReadOnlyList<ReadOnlyMemory<double>> columns,
        CoxTies ties,
        Span<double> score,
        Span<double> information)
    {
        int m = columns.Count;
        bool wantScore = score.Length > 0;
        bool wantInformation = information.Length > 0;
        score.Clear();
        information.Clear();
        double shift = Max(eta);
        var riskFirst = new double[m];
        var riskSecond = new double[wantInformation ? m * m : 0];
        var deathFirst = new double[m];
        var deathSecond = new double[wantInformation ? m * m : 0];
        var a = new double[m];
        var x = new double[m];
        double riskSum = 0;
        double logLikelihood = 0;
        for (int g = risk.GroupCount - 1; g >= 0; g--)
        {
            double deathSum = 0;
            Array.Clear(deathFirst);
            Array.Clear(deathSecond);
            for (int k = risk.GroupStart[g]; k < risk.GroupStart[g + 1]; k++)
            {
                int i = risk.Order[k];
                double w = Math.Exp(eta[i] - shift);
                for (int c = 0; c < m; c++)
                {
                    x[c] = columns[c].Span[i];
                }

                riskSum += w;
                Accumulate(riskFirst, riskSecond, w, x, wantInformation);
                if (risk.Died[i])
                {
                    logLikelihood += eta[i];
                    deathSum += w;
                    Accumulate(deathFirst, deathSecond, w, x, wantInformation);
                    if (wantScore)
                    {
                        for (int c = 0; c < m; c++)
                        {
                            score[c] += x[c];
                        }
                    }
                }
            }

            int d = risk.Deaths[g];
            if (d == 0)
            {
                continue;
            }

            int terms = ties == CoxTies.Efron ? d : 1;
            double multiplicity = ties == CoxTies.Efron ? 1.0 : d;
            for (int l = 0; l < terms; l++)
            {
                double fraction = ties == CoxTies.Efron ? (double)l / d : 0.0;
                double s = riskSum - fraction * deathSum;
                logLikelihood -= multiplicity * (Math.Log(s) + shift);
                if (!wantScore && !wantInformation)
                {
                    continue;
                }

                for (int c = 0; c < m; c++)
                {
                    a[c] = (riskFirst[c] - fraction * deathFirst[c]) / s;
                    if (wantScore)
                    {
                        score[c] -= multiplicity * a[c];
                    }
                }

                if (wantInformation)
                {
                    for (int r = 0; r < m; r++)
                    {
                        for (int c = 0; c <= r; c++)
                        {
                            double second = (riskSecond[r * m + c] - fraction * deathSecond[r * m + c]) / s;
                            information[r * m + c] += multiplicity * (second - a[r] * a[c]);
                        }
                    }
                }
            }
        }

        for (int r = 0; r < m && wantInformation; r++)
        {
            for (int c = 0; c < r; c++)
            {
                information[c * m + r] = information[r * m + c];
            }
        }

        return logLikelihood;
    }

    private static void Accumulate(double[] first, double[] second, double w, double[] x, bool withSecond)
    {
        int m = x.Length;
        for (int r = 0; r < m; r++)
        {
            double wx = w * x[r];
            first[r] += wx;
            if (withSecond)
            {
                for (int c = 0; c <= r; c++)
                {
                    second[r * m + c] += wx * x[c];
                }
            }
        }
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        double max = double.NegativeInfinity;
        foreach (double v in values)
        {
            max = Math.Max(max, v);
        }

        return values.IsEmpty ? 0 : max;
    }
}
