namespace Radiomics.Preprocessing.Regions;

/// <summary>
/// One line of the separable exact Euclidean distance transform (Felzenszwalb and Huttenlocher, "Distance transforms of
/// sampled functions", 2012): the lower envelope of the parabolas <c>f(p) + ((q − p)·s)²</c> over the sites p with a
/// finite <c>f(p)</c>, evaluated at every q of the line.
/// </summary>
/// <remarks>
/// The value at q is computed as <c>f(v) + ((q − v)·s)²</c> for the winning site v, so after the x, y and z passes a
/// voxel holds <c>((Δx·sx)² + (Δy·sy)²) + (Δz·sz)²</c>: the same sum, in the same order, as scipy's
/// <c>distance_transform_edt(sampling=…)</c> before its square root. Infinite entries (no site on the line so far) are
/// not sites; a line without sites stays infinite.
/// </remarks>
internal static class ParabolaEnvelope
{
    /// <summary>
    /// Transforms <paramref name="line"/> in place. <paramref name="sites"/> (n ints) and <paramref name="bounds"/>
    /// (n + 1 doubles) are scratch space.
    /// </summary>
    public static void Transform(Span<double> line, double spacing, Span<int> sites, Span<double> bounds, Span<double> result)
    {
        int n = line.Length;
        double weight = spacing * spacing;
        int k = -1;
        for (int q = 0; q < n; q++)
        {
            double fq = line[q];
            if (double.IsPositiveInfinity(fq))
            {
                continue;
            }

            if (k < 0)
            {
                k = 0;
                sites[0] = q;
                bounds[0] = double.NegativeInfinity;
                bounds[1] = double.PositiveInfinity;
                continue;
            }

            double crossing = Crossing(line, sites[k], q, weight);
            while (crossing <= bounds[k])
            {
                k--;
                crossing = Crossing(line, sites[k], q, weight);
            }

            k++;
            sites[k] = q;
            bounds[k] = crossing;
            bounds[k + 1] = double.PositiveInfinity;
        }

        if (k < 0)
        {
            return;
        }

        int segment = 0;
        for (int q = 0; q < n; q++)
        {
            while (bounds[segment + 1] < q)
            {
                segment++;
            }

            int site = sites[segment];
            double step = (q - site) * spacing;
            result[q] = line[site] + step * step;
        }

        result[..n].CopyTo(line);
    }

    /// <summary>Where the parabola of site <paramref name="q"/> drops below that of the earlier site <paramref name="p"/> (in index units).</summary>
    private static double Crossing(ReadOnlySpan<double> f, int p, int q, double weight) =>
        ((f[q] + weight * q * q) - (f[p] + weight * p * p)) / (2.0 * weight * (q - p));
}
