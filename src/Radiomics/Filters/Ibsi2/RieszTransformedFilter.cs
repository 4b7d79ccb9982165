using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// IBSI 2 Riesz transform (AYRS) of another filter's response: in the Fourier domain the response is multiplied by
/// <c>(−i)^L · √(L!/(l₁!⋯l_N!)) · Π_a ω_a^{l_a} / ‖ω‖^L</c> (L = Σ l_a; 0 at ω = 0) and the real part is kept.
/// Orders follow the axes (i, j, k): order (1, 0, 0) is the first-order transform along i. The transform runs on the
/// inner response extended with the same boundary mode (padded by half the size unless periodic). Frequencies use the
/// IBSI reference implementations' centred index grid (as <see cref="SimoncelliWaveletFilter"/>): only the ratios
/// ω_a/‖ω‖ matter, but the grid's half-bin offset for even sizes does (it matches the 9.a, 9.b.1 and 10.b.1 consensus
/// maps 2–3× more closely than the DFT grid). Not steered (no structure-tensor alignment).
/// </summary>
public sealed record RieszTransformedFilter : Ibsi2Filter
{
    /// <summary>The Riesz transform of order <paramref name="order"/> of <paramref name="inner"/>'s response (same dimension and boundary).</summary>
    /// <param name="inner">The filter whose response is transformed.</param>
    /// <param name="order">Non-negative orders per axis (i, j[, k]), not all zero; as many as the inner filter's dimension has axes.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The order has the wrong length, a negative entry, or is all zero.</exception>
    public RieszTransformedFilter(Ibsi2Filter inner, IReadOnlyList<int> order)
        : base(inner?.Dimension ?? FilterDimension.Volume3D, inner?.Boundary ?? BoundaryMode.Zero)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(order);
        int axes = inner.Dimension == FilterDimension.Volume3D ? 3 : 2;
        if (order.Count != axes || order.Any(l => l < 0) || order.Sum() == 0)
        {
            throw new ArgumentException($"A {inner.Dimension} Riesz order has {axes} non-negative entries, not all zero.", nameof(order));
        }

        Inner = inner;
        Order = order.ToArray();
    }

    /// <summary>The filter whose response is transformed.</summary>
    public Ibsi2Filter Inner { get; }

    /// <summary>(l₁, l₂[, l₃]) per axis.</summary>
    public IReadOnlyList<int> Order { get; }

    /// <inheritdoc/>
    public override string Describe() => $"Riesz ({string.Join(",", Order)}) of [{Inner.Describe()}]";

    internal override double[] Execute(double[] voxels, Size3 size, Vector3D spacing, FilterExecution execution)
    {
        double[] inner = Inner.Execute(voxels, size, spacing, execution);
        return FourierFilter.Apply(inner, size, Is3D, Boundary, execution, Multiply);
    }

    private void Multiply(double[] re, double[] im, Size3 grid)
    {
        int total = Order.Sum();
        double norm = Math.Sqrt(Factorial(total) / Order.Aggregate(1.0, (p, l) => p * Factorial(l)));

        // (−i)^L: 1, −i, −1, i.
        (double pr, double pi) = (total % 4) switch { 0 => (1.0, 0.0), 1 => (0.0, -1.0), 2 => (-1.0, 0.0), _ => (0.0, 1.0) };
        double[] wx = FourierFilter.CentredIndexGrid(grid.X);
        double[] wy = FourierFilter.CentredIndexGrid(grid.Y);
        double[] wz = Is3D ? FourierFilter.CentredIndexGrid(grid.Z) : new double[grid.Z];
        int lx = Order[0], ly = Order[1], lz = Is3D ? Order[2] : 0;
        int i = 0;
        for (int z = 0; z < grid.Z; z++)
        {
            for (int y = 0; y < grid.Y; y++)
            {
                for (int x = 0; x < grid.X; x++, i++)
                {
                    double r2 = wx[x] * wx[x] + wy[y] * wy[y] + wz[z] * wz[z];
                    double gain = r2 == 0 ? 0 : norm * Math.Pow(wx[x], lx) * Math.Pow(wy[y], ly) * Math.Pow(wz[z], lz) / Math.Pow(Math.Sqrt(r2), total);
                    double gr = gain * pr, gi = gain * pi;
                    double a = re[i], b = im[i];
                    re[i] = a * gr - b * gi;
                    im[i] = a * gi + b * gr;
                }
            }
        }
    }

    private static double Factorial(int n)
    {
        double f = 1;
        for (int k = 2; k <= n; k++)
        {
            f *= k;
        }

        return f;
    }
}
