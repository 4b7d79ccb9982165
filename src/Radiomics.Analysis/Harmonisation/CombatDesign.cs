using MathNet.Numerics.LinearAlgebra;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Harmonisation;

/// <summary>
/// ComBat's design matrix X (samples × columns) as sva builds it: one indicator column per batch (with a reference
/// batch, that batch's column is all ones), then the covariate columns; and the least-squares operator
/// (XᵀX)⁻¹Xᵀ that gives every feature's coefficients B = (XᵀX)⁻¹Xᵀy (sva: <c>solve(crossprod(design), tcrossprod(t(design), dat))</c>).
/// </summary>
internal sealed class CombatDesign
{
    private CombatDesign(double[,] x, double[,] solver, int batchColumns)
    {
        X = x;
        Solver = solver;
        BatchColumns = batchColumns;
    }

    /// <summary>X[sample, column].</summary>
    public double[,] X { get; }

    /// <summary>(XᵀX)⁻¹Xᵀ [column, sample].</summary>
    public double[,] Solver { get; }

    public int BatchColumns { get; }

    public int Columns => X.GetLength(1);

    /// <exception cref="FeatureTableException">The design is confounded (sva's three messages).</exception>
    public static CombatDesign Build(BatchAssignment batches, int? reference, IReadOnlyList<double[]> covariateValues)
    {
        int n = batches.BatchOf.Length, nb = batches.Levels.Length, p = nb + covariateValues.Count;
        var x = new double[n, p];
        for (int i = 0; i < n; i++)
        {
            x[i, batches.BatchOf[i]] = 1;
            if (reference is int r)
            {
                x[i, r] = 1;
            }

            for (int c = 0; c < covariateValues.Count; c++)
            {
                x[i, nb + c] = covariateValues[c][i];
            }
        }

        Matrix<double> design = Matrix<double>.Build.DenseOfArray(x);
        if (design.Rank() < p)
        {
            throw new FeatureTableException(Confounding(design, nb, p));
        }

        Matrix<double> solver = (design.TransposeThisAndMultiply(design)).Solve(design.Transpose());
        return new CombatDesign(x, solver.ToArray(), nb);
    }

    private static string Confounding(Matrix<double> design, int nb, int p)
    {
        if (p == nb + 1)
        {
            return "ComBat: the covariate is confounded with batch; remove it (sva stops here too)";
        }

        Matrix<double> covariates = design.SubMatrix(0, design.RowCount, nb, p - nb);
        return covariates.Rank() < p - nb
            ? "ComBat: the covariates are confounded with each other; remove one or more (sva stops here too)"
            : "ComBat: at least one covariate is confounded with batch; remove it (sva stops here too)";
    }
}
