using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Radiomics.Imaging;

namespace Radiomics.Filters.Lbp;

/// <summary>
/// PyRadiomics' spherical-harmonics 3D local binary pattern (<c>imageoperations.getLBP3DImage</c>, after Banerjee et
/// al. 2013) with its exact steps; no IBSI identifier. For every ROI voxel p:
/// <list type="number">
/// <item>Sample the image at the icosphere vertices v around p (<see cref="Icosphere"/>; vertex component 0 is added to
/// the numpy z index, 1 to y, 2 to x, in voxel units) by cubic B-spline interpolation (<see cref="CubicBSplineSampler"/>),
/// each sample stored in the image's pixel type as <c>map_coordinates</c> stores it (<see cref="MapCoordinatesOutput"/>:
/// a float32 image gives float32 samples, so in a flat region of integer-valued CT a sample rounds exactly onto the
/// centre value).</item>
/// <item>Kurtosis map: scipy's <c>kurtosis</c> of the samples in their type's precision (<see cref="SphericalKurtosis"/>).</item>
/// <item>Binarise: <c>f_v = sample_v ≥ image(p)</c>.</item>
/// <item>With <c>θ = arccos(v₂/R)</c>, <c>φ = atan2(v₁, v₀)</c> and <c>Y = sph_harm(m, n, θ, φ)</c> (scipy's argument
/// order, θ as azimuth: reproduced as PyRadiomics calls it), <c>c_nm = Σ_v f_v Y_nm(v)</c> (no conjugate),
/// <c>F_n(v) = Σ_m c_nm Y_nm(v)</c>, and level n's value is <c>Re √(Σ_v F_n(v)²)</c> with complex squares and
/// principal square root, as numpy computes it.</item>
/// </list>
/// Voxels outside the ROI are 0 (PyRadiomics leaves them uninitialised; no feature reads them).
/// Speed: the spline taps of each vertex are tabulated per grid position (<see cref="IcosphereTaps"/>), and each row
/// of the ROI is sampled vertex by vertex with four consecutive voxels in the lanes of a vector; every lane adds its
/// 64 terms in scipy's order with the same products, so the samples are bit for bit the scalar ones. Rows are
/// independent and run in parallel (results do not depend on the thread count).
/// </summary>
internal static class LocalBinaryPattern3D
{
    /// <summary>
    /// Computes the <paramref name="levels"/> level maps and the kurtosis map of <paramref name="image"/>, whose values
    /// are held by PyRadiomics in <paramref name="pixelType"/> (the stored type after loading, resampling and
    /// cropping; Float64 after normalisation).
    /// </summary>
    public static (Volume<double>[] Levels, Volume<double> Kurtosis) Compute(
        Volume<double> image, Volume<byte> mask, int levels, double radius, int subdivisions, VoxelType pixelType = VoxelType.Float64, ParallelOptions? parallel = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 1);
        if (image.Size != mask.Size)
        {
            throw new ArgumentException("Image and mask must have the same size.", nameof(mask));
        }

        double[][] vertices = Icosphere.Vertices(subdivisions, radius);
        var basis = new HarmonicBasis(vertices, radius, levels);
        var sampler = new CubicBSplineSampler(image);
        Size3 size = image.Size;
        Taps taps = Taps.Of(size, vertices);
        Volume<double>[] maps = [.. Enumerable.Range(0, levels).Select(_ => new Volume<double>(image.Geometry))];
        var kurtosis = new Volume<double>(image.Geometry);
        (int Y, int Z, int First, int Last)[] rows = RoiRows(mask);
        int widest = rows.Length == 0 ? 0 : rows.Max(r => r.Last - r.First + 1);
        int nv = vertices.Length;
        var context = new RowContext(sampler, taps, basis, image.Buffer, mask.Buffer, pixelType, maps, kurtosis.Buffer);

        // Rows are independent: each result is computed by one thread (thread-count invariant).
        Parallel.For(0, rows.Length, ParallelDefaults.OrDefault(parallel), () => new Scratch(widest, nv, basis.Count, levels), (r, _, scratch) =>
        {
            (int y, int z, int first, int last) = rows[r];
            SampleRow(context, y, z, first, last - first + 1, scratch.Samples);
            EncodeRow(context, y, z, first, last - first + 1, scratch);
            return scratch;
        }, _ => { });

        return (maps, kurtosis);
    }

    /// <summary>
    /// The samples of every ROI voxel as <c>map_coordinates</c> returns them (in <paramref name="pixelType"/>), voxel
    /// by voxel in index order, <c>nv</c> samples each in vertex order (for tests and diagnostics).
    /// </summary>
    internal static double[] Samples(Volume<double> image, Volume<byte> mask, double radius, int subdivisions, VoxelType pixelType)
    {
        double[][] vertices = Icosphere.Vertices(subdivisions, radius);
        var sampler = new CubicBSplineSampler(image);
        Size3 size = image.Size;
        Taps taps = Taps.Of(size, vertices);
        var context = new RowContext(sampler, taps, null!, image.Buffer, mask.Buffer, pixelType, [], []);
        int nv = vertices.Length;
        var result = new List<double>();
        foreach ((int y, int z, int first, int last) in RoiRows(mask))
        {
            int length = last - first + 1;
            var samples = new double[length * nv];
            SampleRow(context, y, z, first, length, samples);
            for (int i = 0; i < length; i++)
            {
                if (mask.Buffer[size.Offset(first + i, y, z)] != 0)
                {
                    for (int v = 0; v < nv; v++)
                    {
                        result.Add(MapCoordinatesOutput.Store(samples[(v * length) + i], pixelType));
                    }
                }
            }
        }

        return [.. result];
    }

    /// <summary>The (y, z) rows holding ROI voxels, with the first and last ROI x of each, in index order.</summary>
    private static (int Y, int Z, int First, int Last)[] RoiRows(Volume<byte> mask)
    {
        Size3 size = mask.Size;
        byte[] roi = mask.Buffer;
        var rows = new List<(int, int, int, int)>();
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                ReadOnlySpan<byte> row = roi.AsSpan(size.Offset(0, y, z), size.X);
                int first = row.IndexOfAnyExcept((byte)0);
                if (first >= 0)
                {
                    rows.Add((y, z, first, row.LastIndexOfAnyExcept((byte)0)));
                }
            }
        }

        return [.. rows];
    }

    /// <summary>
    /// samples[v · length + i] = the spline sample of vertex v around voxel (first + i, y, z), unrounded: scipy's
    /// 64-term sum in its order (taps in z, y, x order; each term coefficient · w_z · w_y · w_x).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SampleRow(RowContext context, int y, int z, int first, int length, Span<double> samples)
    {
        (IcosphereTaps tx, IcosphereTaps ty, IcosphereTaps tz) = (context.Taps.X, context.Taps.Y, context.Taps.Z);
        double[] coefficients = context.Sampler.Coefficients;
        int nx = tx.Length, ny = ty.Length, nz = tz.Length;
        int nv = tx.Inside.Length / nx;
        Span<double> wz = stackalloc double[4], wy = stackalloc double[4];
        Span<int> rowOffsets = stackalloc int[16];
        for (int v = 0; v < nv; v++)
        {
            Span<double> target = samples.Slice(v * length, length);
            if (!ty.Inside[(v * ny) + y] || !tz.Inside[(v * nz) + z])
            {
                target.Clear();
                continue;
            }

            for (int k = 0; k < 4; k++)
            {
                wz[k] = tz.Weights[(((v * 4) + k) * nz) + z];
                wy[k] = ty.Weights[(((v * 4) + k) * ny) + y];
            }

            for (int c = 0; c < 4; c++)
            {
                for (int b = 0; b < 4; b++)
                {
                    rowOffsets[(4 * c) + b] = nx * (ty.Indices[(((v * 4) + b) * ny) + y] + (ny * tz.Indices[(((v * 4) + c) * nz) + z]));
                }
            }

            int i = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                while (i + 4 <= length)
                {
                    int x = first + i;
                    if (i + 8 <= length && ConsecutivePlain(tx, v, x) && ConsecutivePlain(tx, v, x + 4))
                    {
                        // Two independent chunks: two addition chains in flight.
                        (Vector256<double> low, Vector256<double> high) = SampleEight(coefficients, tx, v, x, wz, wy, rowOffsets);
                        low.StoreUnsafe(ref target[i]);
                        high.StoreUnsafe(ref target[i + 4]);
                        i += 8;
                    }
                    else if (ConsecutivePlain(tx, v, x))
                    {
                        Vector256<double> sum = SampleFour(coefficients, tx, v, x, wz, wy, rowOffsets);
                        sum.StoreUnsafe(ref target[i]);
                        i += 4;
                    }
                    else
                    {
                        target[i] = SampleOne(coefficients, tx, v, x, wz, wy, rowOffsets);
                        i++;
                    }
                }
            }

            for (; i < length; i++)
            {
                target[i] = SampleOne(coefficients, tx, v, first + i, wz, wy, rowOffsets);
            }
        }
    }

    /// <summary>Positions x … x + 3 are plain for vertex v and their first taps consecutive: one vector load per tap.</summary>
    private static bool ConsecutivePlain(IcosphereTaps tx, int v, int x)
    {
        int nx = tx.Length, entry = (v * nx) + x, first = ((v * 4) * nx) + x;
        return tx.Plain[entry] && tx.Plain[entry + 1] && tx.Plain[entry + 2] && tx.Plain[entry + 3]
            && tx.Indices[first + 1] == tx.Indices[first] + 1 && tx.Indices[first + 2] == tx.Indices[first] + 2
            && tx.Indices[first + 3] == tx.Indices[first] + 3;
    }

    private static Vector256<double> SampleFour(double[] coefficients, IcosphereTaps tx, int v, int x, ReadOnlySpan<double> wz, ReadOnlySpan<double> wy, ReadOnlySpan<int> rowOffsets)
    {
        int nx = tx.Length;
        int start = tx.Indices[((v * 4) * nx) + x];
        ref double weights = ref tx.Weights[((v * 4) * nx) + x];
        Vector256<double> wx0 = Vector256.LoadUnsafe(ref weights);
        Vector256<double> wx1 = Vector256.LoadUnsafe(ref weights, (nuint)nx);
        Vector256<double> wx2 = Vector256.LoadUnsafe(ref weights, (nuint)(2 * nx));
        Vector256<double> wx3 = Vector256.LoadUnsafe(ref weights, (nuint)(3 * nx));
        ref double coefficient = ref coefficients[0];
        Vector256<double> sum = Vector256<double>.Zero;
        for (int c = 0; c < 4; c++)
        {
            for (int b = 0; b < 4; b++)
            {
                nuint offset = (nuint)(rowOffsets[(4 * c) + b] + start);
                Vector256<double> zw = Vector256.Create(wz[c]), yw = Vector256.Create(wy[b]);
                sum += Vector256.LoadUnsafe(ref coefficient, offset) * zw * yw * wx0;
                sum += Vector256.LoadUnsafe(ref coefficient, offset + 1) * zw * yw * wx1;
                sum += Vector256.LoadUnsafe(ref coefficient, offset + 2) * zw * yw * wx2;
                sum += Vector256.LoadUnsafe(ref coefficient, offset + 3) * zw * yw * wx3;
            }
        }

        return sum;
    }

    private static (Vector256<double> Low, Vector256<double> High) SampleEight(double[] coefficients, IcosphereTaps tx, int v, int x, ReadOnlySpan<double> wz, ReadOnlySpan<double> wy, ReadOnlySpan<int> rowOffsets)
    {
        int nx = tx.Length;
        int start = tx.Indices[((v * 4) * nx) + x];
        int startHigh = tx.Indices[((v * 4) * nx) + x + 4];
        ref double weights = ref tx.Weights[((v * 4) * nx) + x];
        Vector256<double> wx0 = Vector256.LoadUnsafe(ref weights), hx0 = Vector256.LoadUnsafe(ref weights, 4);
        Vector256<double> wx1 = Vector256.LoadUnsafe(ref weights, (nuint)nx), hx1 = Vector256.LoadUnsafe(ref weights, (nuint)nx + 4);
        Vector256<double> wx2 = Vector256.LoadUnsafe(ref weights, (nuint)(2 * nx)), hx2 = Vector256.LoadUnsafe(ref weights, (nuint)(2 * nx) + 4);
        Vector256<double> wx3 = Vector256.LoadUnsafe(ref weights, (nuint)(3 * nx)), hx3 = Vector256.LoadUnsafe(ref weights, (nuint)(3 * nx) + 4);
        ref double coefficient = ref coefficients[0];
        Vector256<double> low = Vector256<double>.Zero, high = Vector256<double>.Zero;
        for (int c = 0; c < 4; c++)
        {
            for (int b = 0; b < 4; b++)
            {
                nuint offset = (nuint)(rowOffsets[(4 * c) + b] + start), offsetHigh = (nuint)(rowOffsets[(4 * c) + b] + startHigh);
                Vector256<double> zw = Vector256.Create(wz[c]), yw = Vector256.Create(wy[b]);
                low += Vector256.LoadUnsafe(ref coefficient, offset) * zw * yw * wx0;
                high += Vector256.LoadUnsafe(ref coefficient, offsetHigh) * zw * yw * hx0;
                low += Vector256.LoadUnsafe(ref coefficient, offset + 1) * zw * yw * wx1;
                high += Vector256.LoadUnsafe(ref coefficient, offsetHigh + 1) * zw * yw * hx1;
                low += Vector256.LoadUnsafe(ref coefficient, offset + 2) * zw * yw * wx2;
                high += Vector256.LoadUnsafe(ref coefficient, offsetHigh + 2) * zw * yw * hx2;
                low += Vector256.LoadUnsafe(ref coefficient, offset + 3) * zw * yw * wx3;
                high += Vector256.LoadUnsafe(ref coefficient, offsetHigh + 3) * zw * yw * hx3;
            }
        }

        return (low, high);
    }

    private static double SampleOne(double[] coefficients, IcosphereTaps tx, int v, int x, ReadOnlySpan<double> wz, ReadOnlySpan<double> wy, ReadOnlySpan<int> rowOffsets)
    {
        int nx = tx.Length;
        if (!tx.Inside[(v * nx) + x])
        {
            return 0;
        }

        double sum = 0;
        for (int c = 0; c < 4; c++)
        {
            for (int b = 0; b < 4; b++)
            {
                int row = rowOffsets[(4 * c) + b];
                for (int a = 0; a < 4; a++)
                {
                    int tap = (((v * 4) + a) * nx) + x;
                    double term = coefficients[row + tx.Indices[tap]];
                    term *= wz[c];
                    term *= wy[b];
                    term *= tx.Weights[tap];
                    sum += term;
                }
            }
        }

        return sum;
    }

    /// <summary>Stores, binarises and encodes the sampled row: kurtosis and level maps of its ROI voxels.</summary>
    private static void EncodeRow(RowContext context, int y, int z, int first, int length, Scratch scratch)
    {
        HarmonicBasis basis = context.Basis;
        Size3 size = context.Maps[0].Size;
        int nv = basis.Vertices, nh = basis.Count;
        Span<double> voxel = scratch.Voxel;
        for (int i = 0; i < length; i++)
        {
            int index = size.Offset(first + i, y, z);
            if (context.Roi[index] == 0)
            {
                continue;
            }

            for (int v = 0; v < nv; v++)
            {
                voxel[v] = scratch.Samples[(v * length) + i];
            }

            MapCoordinatesOutput.Store(voxel, context.PixelType);
            context.Kurtosis[index] = SphericalKurtosis.Of(voxel, context.PixelType, scratch.Floats);
            Encode(basis, voxel, context.Intensities[index], scratch);
            for (int n = 0; n < context.Maps.Length; n++)
            {
                context.Maps[n].Buffer[index] = scratch.Values[n];
            }
        }
    }

    /// <summary>
    /// The level values of one voxel into <c>scratch.Values</c>: c_j = Σ over the vertices with sample ≥ centre of
    /// Y_j(v); level n is Re √(Σ_v F_n(v)²) with F_n(v) = Σ_{j of degree n} c_j Y_j(v). The complex products and sums
    /// are those of <see cref="Complex"/> (real part ac − bd, imaginary bc + ad) in the same order, on split real and
    /// imaginary arrays so the products over the vertices run in vectors; the sums over vertices stay sequential.
    /// </summary>
    private static void Encode(HarmonicBasis basis, ReadOnlySpan<double> voxel, double centre, Scratch scratch)
    {
        int nv = basis.Vertices, nh = basis.Count;
        Span<bool> set = scratch.Set;
        for (int v = 0; v < nv; v++)
        {
            set[v] = voxel[v] >= centre;
        }

        Span<double> cRe = scratch.CoefficientRe, cIm = scratch.CoefficientIm;
        for (int j = 0; j < nh; j++)
        {
            ReadOnlySpan<double> yRe = basis.Real(j), yIm = basis.Imaginary(j);
            double re = 0, im = 0;
            for (int v = 0; v < nv; v++)
            {
                if (set[v])
                {
                    re += yRe[v];
                    im += yIm[v];
                }
            }

            cRe[j] = re;
            cIm[j] = im;
        }

        Span<double> fRe = scratch.FRe, fIm = scratch.FIm;
        for (int n = 0; n < scratch.Values.Length; n++)
        {
            (int from, int to) = HarmonicBasis.DegreeRange(n);
            fRe.Clear();
            fIm.Clear();
            for (int j = from; j < to; j++)
            {
                AddProduct(cRe[j], cIm[j], basis.Real(j), basis.Imaginary(j), fRe, fIm);
            }

            double squaresRe = 0, squaresIm = 0;
            for (int v = 0; v < nv; v++)
            {
                double re = fRe[v], im = fIm[v];
                squaresRe += (re * re) - (im * im);
                squaresIm += (im * re) + (re * im);
            }

            scratch.Values[n] = Complex.Sqrt(new Complex(squaresRe, squaresIm)).Real;
        }
    }

    /// <summary>f(v) += c · Y(v) for every vertex, as <see cref="Complex"/> multiplies and adds.</summary>
    private static void AddProduct(double cRe, double cIm, ReadOnlySpan<double> yRe, ReadOnlySpan<double> yIm, Span<double> fRe, Span<double> fIm)
    {
        int v = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<double> re = Vector256.Create(cRe), im = Vector256.Create(cIm);
            for (; v + 4 <= yRe.Length; v += 4)
            {
                Vector256<double> a = Vector256.Create(yRe.Slice(v, 4)), b = Vector256.Create(yIm.Slice(v, 4));
                (Vector256.Create(fRe.Slice(v, 4)) + ((re * a) - (im * b))).CopyTo(fRe.Slice(v, 4));
                (Vector256.Create(fIm.Slice(v, 4)) + ((im * a) + (re * b))).CopyTo(fIm.Slice(v, 4));
            }
        }

        for (; v < yRe.Length; v++)
        {
            fRe[v] += (cRe * yRe[v]) - (cIm * yIm[v]);
            fIm[v] += (cIm * yRe[v]) + (cRe * yIm[v]);
        }
    }

    private sealed record Taps(IcosphereTaps X, IcosphereTaps Y, IcosphereTaps Z)
    {
        /// <summary>Vertex component 2 moves along x, 1 along y, 0 along z (numpy's z, y, x).</summary>
        public static Taps Of(Size3 size, double[][] vertices) => new(
            IcosphereTaps.For(size.X, [.. vertices.Select(v => v[2])]),
            IcosphereTaps.For(size.Y, [.. vertices.Select(v => v[1])]),
            IcosphereTaps.For(size.Z, [.. vertices.Select(v => v[0])]));
    }

    private sealed record RowContext(
        CubicBSplineSampler Sampler, Taps Taps, HarmonicBasis Basis, double[] Intensities, byte[] Roi, VoxelType PixelType,
        Volume<double>[] Maps, double[] Kurtosis);

    private sealed class Scratch(int widest, int vertices, int harmonics, int levels)
    {
        public double[] Samples { get; } = new double[widest * vertices];

        public double[] Voxel { get; } = new double[vertices];

        public float[] Floats { get; } = new float[vertices];

        public bool[] Set { get; } = new bool[vertices];

        public double[] CoefficientRe { get; } = new double[harmonics];

        public double[] CoefficientIm { get; } = new double[harmonics];

        public double[] FRe { get; } = new double[vertices];

        public double[] FIm { get; } = new double[vertices];

        public double[] Values { get; } = new double[levels];
    }

    /// <summary>
    /// Y_j(v) = scipy's <c>sph_harm(m, n, θ_v, φ_v)</c> for j over (n = 0, m = 0), then n = 1 … levels − 1,
    /// m = −n … n, with θ = arccos(v₂/R) and φ = atan2(v₁, v₀) as PyRadiomics passes them; degree n holds
    /// j ∈ [n², (n+1)²). Stored as real and imaginary parts, j-major (the vertices of one j contiguous).
    /// </summary>
    private sealed class HarmonicBasis
    {
        private readonly double[] _re;
        private readonly double[] _im;

        public HarmonicBasis(double[][] vertices, double radius, int levels)
        {
            Vertices = vertices.Length;
            Count = levels * levels;
            _re = new double[Vertices * Count];
            _im = new double[Vertices * Count];
            for (int v = 0; v < Vertices; v++)
            {
                double theta = Math.Acos(vertices[v][2] / radius);
                double phi = Math.Atan2(vertices[v][1], vertices[v][0]);
                int j = 0;
                for (int n = 0; n < levels; n++)
                {
                    for (int m = -n; m <= n; m++, j++)
                    {
                        Complex y = SphericalHarmonics.Y(m, n, theta, phi);
                        _re[(j * Vertices) + v] = y.Real;
                        _im[(j * Vertices) + v] = y.Imaginary;
                    }
                }
            }
        }

        public int Vertices { get; }

        public int Count { get; }

        public ReadOnlySpan<double> Real(int j) => _re.AsSpan(j * Vertices, Vertices);

        public ReadOnlySpan<double> Imaginary(int j) => _im.AsSpan(j * Vertices, Vertices);

        public static (int From, int To) DegreeRange(int n) => (n * n, (n + 1) * (n + 1));
    }
}
