namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// glmnet's pathwise coordinate descent for an elastic-net penalised loss on a standardised design: at each λ an outer
/// loop forms the quadratic approximation of the loss at the current linear predictor (weights = the diagonal of the
/// Hessian in η, as glmnet), an inner loop cycles over the strong set and then over the active set until no coordinate
/// moves the objective by more than <c>tolerance × (null loss − saturated loss)</c>, and finally the KKT conditions
/// are checked on every feature outside the strong set (sequential strong rule: a feature is screened in when its
/// gradient exceeds α(2λ − λ_previous)). State (coefficients, linear predictor, strong and active sets) carries over
/// from one λ to the next: warm starts.
/// </summary>
internal sealed class CoordinateDescentSolver
{
    // glmnet's saturation guard for the binomial loss: stop when Σ p(1 − p)/n falls to (1 + pmin)·pmin·(1 − pmin).
    private const double MinimumProbability = 1e-9;
    private static readonly double MinimumTotalWeight = (1 + MinimumProbability) * MinimumProbability * (1 - MinimumProbability);

    private readonly StandardisedDesign _design;
    private readonly IPenalisedLoss _loss;
    private readonly double[] _residual;
    private readonly double[] _weight;
    private readonly double[] _curvature;
    private readonly double[] _previous;
    private readonly double[] _gradient;
    private readonly bool[] _strong;
    private readonly bool[] _everActive;
    private readonly List<int> _active = [];
    private readonly List<int> _strongList = [];
    private long _passes;
    private double[]? _ones;

    public CoordinateDescentSolver(StandardisedDesign design, IPenalisedLoss loss, double alpha, double tolerance, long maxPasses)
    {
        _design = design;
        _loss = loss;
        Alpha = alpha;
        Tolerance = tolerance;
        MaxPasses = maxPasses;
        int n = design.Rows;
        int p = design.Features;
        Beta = new double[p];
        Eta = new double[n];
        _residual = new double[n];
        _weight = new double[n];
        _curvature = new double[p];
        _previous = new double[p];
        _gradient = new double[p];
        _strong = new bool[p];
        _everActive = new bool[p];
        Reset();
    }

    public double Alpha { get; }

    public double Tolerance { get; set; }

    public long MaxPasses { get; }

    public double Intercept { get; set; }

    /// <summary>The coefficients on the standardised scale.</summary>
    public double[] Beta { get; }

    /// <summary>The linear predictor, kept equal to intercept + Xβ.</summary>
    public double[] Eta { get; }

    /// <summary>True once the binomial fit saturated (fitted probabilities at 0 or 1): glmnet stops the path there.</summary>
    public bool Saturated { get; private set; }

    public StandardisedDesign Design => _design;

    public IPenalisedLoss Loss => _loss;

    /// <summary>Back to the null model (intercept at its optimum, all coefficients zero) with empty strong and active sets.</summary>
    public void Reset()
    {
        Intercept = _loss.NullIntercept;
        Array.Clear(Beta);
        Array.Fill(Eta, Intercept);
        Array.Clear(_strong);
        Array.Clear(_everActive);
        _active.Clear();
        _strongList.Clear();
        Saturated = false;
        ComputeGradients(all: true);
    }

    /// <summary>
    /// The smallest λ at which every coefficient is zero, as glmnet computes it: max_j |∂loss/∂β_j| at the null model
    /// divided by max(α, 0.001) (so ridge, α = 0, uses α = 0.001).
    /// </summary>
    public double LambdaMax()
    {
        double max = 0;
        for (int j = 0; j < _design.Features; j++)
        {
            if (_design.Usable[j])
            {
                max = Math.Max(max, _gradient[j]);
            }
        }

        return max / Math.Max(Alpha, 1e-3);
    }

    /// <summary>The number of non-zero coefficients.</summary>
    public int NonZeroCount() => Beta.Count(b => b != 0);

    /// <summary>The fraction of (null − saturated) deviance explained (glmnet's <c>dev.ratio</c>).</summary>
    public double DevianceRatio() =>
        1 - (_loss.Loss(Eta) - _loss.SaturatedLoss) / (_loss.NullLoss - _loss.SaturatedLoss);

    /// <summary>Replaces the state by <paramref name="intercept"/> and <paramref name="beta"/> (a warm start from elsewhere).</summary>
    public void Load(double intercept, ReadOnlySpan<double> beta)
    {
        Intercept = intercept;
        beta.CopyTo(Beta);
        for (int j = 0; j < Beta.Length; j++)
        {
            if (Beta[j] != 0)
            {
                MarkStrong(j);
                if (!_everActive[j])
                {
                    _everActive[j] = true;
                    _active.Add(j);
                }
            }
        }

        RecomputeEta();
        ComputeGradients(all: true);
    }

    /// <summary>Recomputes the linear predictor from the intercept and coefficients (after they were changed in place).</summary>
    public void RecomputeEta()
    {
        Array.Fill(Eta, Intercept);
        for (int j = 0; j < Beta.Length; j++)
        {
            if (Beta[j] != 0)
            {
                VectorKernels.AddScaled(Eta, Beta[j], _design.Column(j));
            }
        }
    }

    /// <summary>Screens <paramref name="features"/> into the strong set (used after a failed KKT check of the polish).</summary>
    public void AddToStrongSet(IEnumerable<int> features)
    {
        foreach (int j in features)
        {
            MarkStrong(j);
        }
    }

    /// <summary>Minimises the penalised loss at <paramref name="lambda"/>, warm-started from the current state.</summary>
    /// <param name="lambda">The penalty λ (glmnet's scale: the loss is averaged over the weights).</param>
    /// <param name="previousLambda">The previous λ on the path (0 for the first), for the strong rule; +∞ forces all zero.</param>
    public void Solve(double lambda, double previousLambda)
    {
        if (double.IsPositiveInfinity(lambda))
        {
            return;
        }

        double l1 = Alpha * lambda;
        double l2 = (1 - Alpha) * lambda;
        double threshold = Tolerance * (_loss.NullLoss - _loss.SaturatedLoss);
        double screen = Alpha * (2 * lambda - (double.IsPositiveInfinity(previousLambda) ? 0 : previousLambda));
        for (int j = 0; j < _design.Features; j++)
        {
            if (_design.Usable[j] && !_strong[j] && _gradient[j] > screen)
            {
                MarkStrong(j);
            }
        }

        while (true)
        {
            if (!IterativelyReweight(l1, l2, threshold))
            {
                return;
            }

            if (!ScreenViolators(l1))
            {
                return;
            }
        }
    }

    // One λ's outer loop; false when the fit saturated.
    private bool IterativelyReweight(double l1, double l2, double threshold)
    {
        while (true)
        {
            _loss.Quadratise(Eta, _residual, _weight);
            double totalWeight = VectorKernels.Sum(_weight);
            if (_loss.HasIntercept && totalWeight <= MinimumTotalWeight)
            {
                Saturated = true;
                return false;
            }

            double previousIntercept = Intercept;
            foreach (int j in _strongList)
            {
                ReadOnlySpan<double> x = _design.Column(j);
                _curvature[j] = VectorKernels.Dot3(_weight, x, x);
                _previous[j] = Beta[j];
            }

            while (true)
            {
                double change = Pass(_strongList, l1, l2, totalWeight);
                if (change < threshold)
                {
                    break;
                }

                while (Pass(_active, l1, l2, totalWeight) >= threshold)
                {
                }
            }

            RecomputeEta();
            double outer = _loss.HasIntercept ? totalWeight * Square(Intercept - previousIntercept) : 0;
            foreach (int j in _active)
            {
                outer = Math.Max(outer, _curvature[j] * Square(Beta[j] - _previous[j]));
            }

            if (outer < threshold)
            {
                return true;
            }
        }
    }

    // One cycle over the features given, then the intercept; the largest curvature-weighted squared move.
    private double Pass(List<int> features, double l1, double l2, double totalWeight)
    {
        if (++_passes > MaxPasses)
        {
            throw new ModelException($"The penalised fit did not converge within {MaxPasses} coordinate-descent passes; raise MaxPasses or loosen Tolerance.");
        }

        double change = 0;
        for (int f = 0; f < features.Count; f++)
        {
            int j = features[f];
            ReadOnlySpan<double> x = _design.Column(j);
            double old = Beta[j];
            double u = VectorKernels.Dot(_residual, x) + _curvature[j] * old;
            double shrunk = Math.Abs(u) - l1;
            double updated = shrunk <= 0 ? 0 : Math.CopySign(shrunk, u) / (_curvature[j] + l2);
            double delta = updated - old;
            if (delta == 0)
            {
                continue;
            }

            Beta[j] = updated;
            change = Math.Max(change, _curvature[j] * delta * delta);
            VectorKernels.SubtractScaledProduct(_residual, delta, _weight, x);
            if (!_everActive[j])
            {
                _everActive[j] = true;
                _active.Add(j);
            }
        }

        if (_loss.HasIntercept)
        {
            double delta = VectorKernels.Sum(_residual) / totalWeight;
            if (delta != 0)
            {
                Intercept += delta;
                change = Math.Max(change, totalWeight * delta * delta);
                VectorKernels.SubtractScaledProduct(_residual, delta, _weight, Ones());
            }
        }

        return change;
    }

    // KKT check outside the strong set at the converged fit; true when some feature had to be screened in.
    private bool ScreenViolators(double l1)
    {
        _loss.Quadratise(Eta, _residual, _weight);
        ComputeGradients(all: false);
        bool violated = false;
        for (int j = 0; j < _design.Features; j++)
        {
            if (_design.Usable[j] && !_strong[j] && _gradient[j] > l1)
            {
                MarkStrong(j);
                violated = true;
            }
        }

        return violated;
    }

    private void ComputeGradients(bool all)
    {
        if (all)
        {
            _loss.Quadratise(Eta, _residual, _weight);
        }

        for (int j = 0; j < _design.Features; j++)
        {
            if (_design.Usable[j] && (all || !_strong[j]))
            {
                _gradient[j] = Math.Abs(VectorKernels.Dot(_residual, _design.Column(j)));
            }
        }
    }

    private void MarkStrong(int j)
    {
        if (!_strong[j])
        {
            _strong[j] = true;
            int at = _strongList.BinarySearch(j);
            _strongList.Insert(~at, j);
        }
    }

    private double[] Ones()
    {
        if (_ones is null)
        {
            _ones = new double[_design.Rows];
            Array.Fill(_ones, 1.0);
        }

        return _ones;
    }

    private static double Square(double x) => x * x;
}
