using Radiomics.Analysis.Common;

namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// Takes a coordinate-descent solution to the exact minimiser: Newton steps on the smooth problem restricted to the
/// support (intercept and non-zero coefficients, where the penalty is differentiable), with the full Hessian of the
/// loss; a coefficient whose step would cross zero is stopped at zero and leaves the support; steps are halved when
/// they would raise the objective. Afterwards the optimality (KKT) conditions are checked on every feature: the
/// gradient on the support must vanish, and a zero coefficient's gradient must not exceed αλ in absolute value.
/// </summary>
internal static class NewtonPolish
{
    private const int MaxIterations = 100;

    /// <summary>Polishes the solver's current state at <paramref name="lambda"/> in place, on its non-zero coefficients.</summary>
    public static PolishOutcome Run(CoordinateDescentSolver solver, double lambda)
    {
        StandardisedDesign design = solver.Design;
        IPenalisedLoss loss = solver.Loss;
        double l1 = solver.Alpha * lambda;
        double l2 = (1 - solver.Alpha) * lambda;
        int n = design.Rows;
        var residual = new double[n];
        var weight = new double[n];
        var active = Enumerable.Range(0, design.Features).Where(j => solver.Beta[j] != 0).ToList();
        int offset = loss.HasIntercept ? 1 : 0;
        int iterations = 0;
        bool converged = false;
        while (iterations < MaxIterations)
        {
            iterations++;
            int m = active.Count + offset;
            if (m == 0)
            {
                converged = true;
                break;
            }

            var columns = active.Select(design.ColumnMemory).ToList();
            loss.Quadratise(solver.Eta, residual, weight);
            var step = new double[m];
            if (loss.HasIntercept)
            {
                step[0] = -VectorKernels.Sum(residual);
            }

            for (int a = 0; a < active.Count; a++)
            {
                double b = solver.Beta[active[a]];
                step[a + offset] = -VectorKernels.Dot(residual, columns[a].Span) + l1 * Math.Sign(b) + l2 * b;
            }

            var hessian = new double[m * m];
            loss.CoefficientHessian(solver.Eta, columns, hessian);
            for (int a = offset; a < m; a++)
            {
                hessian[a * m + a] += l2;
            }

            CholeskyFactor? factor = CholeskyFactor.TryFactor(hessian, m);
            if (factor is null)
            {
                break;
            }

            factor.Solve(step);
            double largest = 0;
            double fraction = 1;
            int leaving = -1;
            for (int a = 0; a < active.Count; a++)
            {
                double b = solver.Beta[active[a]];
                double d = step[a + offset];
                largest = Math.Max(largest, Math.Abs(d) / Math.Max(1, Math.Abs(b)));
                // with an L1 term a coefficient cannot pass through zero on the smooth piece; ridge (l1 = 0) has no kink
                if (l1 > 0 && Math.Sign(b - d) != Math.Sign(b) && b / d < fraction)
                {
                    fraction = b / d;
                    leaving = a;
                }
            }

            if (loss.HasIntercept)
            {
                largest = Math.Max(largest, Math.Abs(step[0]) / Math.Max(1, Math.Abs(solver.Intercept)));
            }

            if (leaving >= 0)
            {
                Apply(solver, active, offset, step, fraction);
                solver.Beta[active[leaving]] = 0;
                active.RemoveAt(leaving);
                solver.RecomputeEta();
                continue;
            }

            double before = Objective(solver, l1, l2);
            double scale = 1;
            var start = solver.Beta.ToArray();
            double startIntercept = solver.Intercept;
            while (true)
            {
                Apply(solver, active, offset, step, scale);
                solver.RecomputeEta();
                double after = Objective(solver, l1, l2);
                if (after <= before + 1e-13 * Math.Max(1, Math.Abs(before)) || scale < 1e-8)
                {
                    break;
                }

                start.CopyTo(solver.Beta, 0);
                solver.Intercept = startIntercept;
                scale /= 2;
            }

            if (largest * scale < 1e-13)
            {
                converged = true;
                break;
            }
        }

        return Check(solver, active, l1, l2, iterations, converged);
    }

    private static void Apply(CoordinateDescentSolver solver, List<int> support, int offset, double[] step, double scale)
    {
        if (offset == 1)
        {
            solver.Intercept -= scale * step[0];
        }

        for (int a = 0; a < support.Count; a++)
        {
            solver.Beta[support[a]] -= scale * step[a + offset];
        }
    }

    private static double Objective(CoordinateDescentSolver solver, double l1, double l2)
    {
        double penalty = 0;
        foreach (double b in solver.Beta)
        {
            penalty += l1 * Math.Abs(b) + 0.5 * l2 * b * b;
        }

        return solver.Loss.Loss(solver.Eta) + penalty;
    }

    private static PolishOutcome Check(CoordinateDescentSolver solver, List<int> support, double l1, double l2, int iterations, bool converged)
    {
        StandardisedDesign design = solver.Design;
        var residual = new double[design.Rows];
        var weight = new double[design.Rows];
        solver.Loss.Quadratise(solver.Eta, residual, weight);
        double stationarity = solver.Loss.HasIntercept ? Math.Abs(VectorKernels.Sum(residual)) : 0;
        double zeroGap = double.PositiveInfinity;
        var violators = new List<int>();
        for (int j = 0; j < design.Features; j++)
        {
            if (!design.Usable[j])
            {
                continue;
            }

            double g = VectorKernels.Dot(residual, design.Column(j));
            double b = solver.Beta[j];
            if (b != 0)
            {
                stationarity = Math.Max(stationarity, Math.Abs(-g + l1 * Math.Sign(b) + l2 * b));
            }
            else
            {
                double gap = l1 - Math.Abs(g);
                zeroGap = Math.Min(zeroGap, l1 > 0 ? gap / l1 : gap);
                if (gap < -ViolationSlack(l1))
                {
                    violators.Add(j);
                }
            }
        }

        return new PolishOutcome(converged, iterations, stationarity, zeroGap, violators);
    }

    // A zero coefficient whose gradient exceeds αλ by less than this is on the boundary, not a violation.
    private static double ViolationSlack(double l1) => 1e-12 * Math.Max(l1, 1e-3);
}
