namespace Radiomics.Filters.Lbp;

/// <summary>
/// The cubic B-spline taps of every icosphere vertex along one axis, for every grid position p on that axis: the
/// coordinate p + offset_v is a pure function of (p, v), so its four weights and mirrored coefficient indices are
/// computed once (with <see cref="CubicBSplineSampler.Weights"/>, bit for bit what a per-sample computation gives)
/// instead of once per sample. Layouts are position-fastest, so the taps of consecutive positions load as vectors.
/// </summary>
internal sealed class IcosphereTaps
{
    private IcosphereTaps(int length, int vertices)
    {
        Length = length;
        Inside = new bool[vertices * length];
        Plain = new bool[vertices * length];
        Indices = new int[vertices * 4 * length];
        Weights = new double[vertices * 4 * length];
    }

    /// <summary>The number of grid positions on the axis.</summary>
    public int Length { get; }

    /// <summary>[v · Length + p]: the coordinate is on the grid (else the sample is 0).</summary>
    public bool[] Inside { get; }

    /// <summary>[v · Length + p]: inside, and the four indices are first, first + 1, first + 2, first + 3 (no mirroring).</summary>
    public bool[] Plain { get; }

    /// <summary>[(v · 4 + k) · Length + p]: tap k's coefficient index along the axis (mirrored into the grid).</summary>
    public int[] Indices { get; }

    /// <summary>[(v · 4 + k) · Length + p]: tap k's weight.</summary>
    public double[] Weights { get; }

    /// <summary>The taps of offsets <paramref name="offsets"/> (one per vertex) on an axis of <paramref name="length"/> positions.</summary>
    public static IcosphereTaps For(int length, IReadOnlyList<double> offsets)
    {
        int nv = offsets.Count;
        var taps = new IcosphereTaps(length, nv);
        Span<double> w = stackalloc double[4];
        Span<int> index = stackalloc int[4];
        for (int v = 0; v < nv; v++)
        {
            for (int p = 0; p < length; p++)
            {
                double t = p + offsets[v];
                int entry = v * length + p;
                taps.Inside[entry] = CubicBSplineSampler.Inside(t, length);
                CubicBSplineSampler.Weights(t, length, w, index);
                bool plain = taps.Inside[entry];
                for (int k = 0; k < 4; k++)
                {
                    taps.Indices[((v * 4) + k) * length + p] = index[k];
                    taps.Weights[((v * 4) + k) * length + p] = w[k];
                    plain &= index[k] == index[0] + k;
                }

                taps.Plain[entry] = plain;
            }
        }

        return taps;
    }
}
