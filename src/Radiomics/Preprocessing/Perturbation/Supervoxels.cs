using System.Numerics;
using System.Runtime.InteropServices;
using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// Supervoxels by simple linear iterative clustering (SLIC; Achanta et al. 2012, IEEE TPAMI 34:2274) with the settings
/// MIRP gives scikit-image's <c>slic</c> for contour randomisation: intensities clipped to a range and scaled to [0, 1],
/// smoothed by a Gaussian of σ = the smallest voxel spacing (mm), supervoxels of about max(20 voxels, 500 mm³),
/// compactness 0.05, 10 iterations, then every label made one face-connected piece.
/// </summary>
/// <remarks>
/// <para>Spacing-aware: positions are in mm. The grid step S is the cube root of the supervoxel volume; the initial
/// centres sit at the centres of a regular grid of round(extent / S) cells per axis. Each iteration assigns every voxel
/// to the nearest centre less than S away along every axis, with D = (g − g_k)² + (m / S)² ‖p − p_k‖² (m the compactness), then
/// moves each centre to the mean position and intensity of its voxels. Connectivity: in scan order (x fastest), each
/// face-connected piece of a label becomes a new label, except that a piece smaller than half the mean supervoxel is
/// merged into the label of its first already-visited face neighbour (−x, −y, −z), as scikit-image does.</para>
/// <para>Deterministic: no randomness; centres are visited in order and ties keep the earlier centre; the sums are
/// accumulated in scan order; the smoothing kernel uses <see cref="PortableMath.Exp"/>. The result does not depend on
/// the thread count, the SIMD width or the platform. It is SLIC-like, not scikit-image's labels bit for bit.</para>
/// </remarks>
public static class Supervoxels
{
    /// <summary>The supervoxel volume MIRP asks for (mm³), unless that is below <see cref="MinimumVoxels"/> voxels.</summary>
    public const double VolumeMm3 = 500;

    /// <summary>The smallest supervoxel size in voxels.</summary>
    public const double MinimumVoxels = 20;

    /// <summary>The weight of distance against intensity (scikit-image's <c>compactness</c>, as MIRP sets it).</summary>
    public const double Compactness = 0.05;

    /// <summary>The number of assignment/update iterations (scikit-image's default).</summary>
    public const int Iterations = 10;

    /// <summary>
    /// The supervoxels of <paramref name="region"/> of <paramref name="image"/> (its first component), intensities
    /// clipped to [<paramref name="low"/>, <paramref name="high"/>] (a range of zero width makes every intensity equal).
    /// </summary>
    public static SupervoxelMap Compute(ImageData image, BoundingBox region, double low, double high)
    {
        ArgumentNullException.ThrowIfNull(image);
        Size3 size = region.Size;
        Vector3D spacing = image.Geometry.Spacing;
        double[] stored = image.ToDoubleVolume(region.Lower, region.Size).Buffer;
        double width = high - low;
        var intensity = new float[stored.Length];
        for (int i = 0; i < stored.Length; i++)
        {
            intensity[i] = width > 0 ? (float)((Math.Clamp(stored[i], low, high) - low) / width) : 0;
        }

        double smallest = Math.Min(spacing.X, Math.Min(spacing.Y, spacing.Z));
        GaussianSmoothing.Apply(intensity, size, new Vector3D(smallest / spacing.X, smallest / spacing.Y, smallest / spacing.Z));

        double voxelsPerSupervoxel = Math.Max(MinimumVoxels, VolumeMm3 / image.Geometry.VoxelVolume);
        double step = Math.Cbrt(voxelsPerSupervoxel * image.Geometry.VoxelVolume);
        var clustering = new Clustering(intensity, size, spacing, step);
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            clustering.Assign();
            clustering.Update();
        }

        int minimumSize = (int)(0.5 * size.VoxelCount / clustering.CentreCount);
        int[] labels = SupervoxelConnectivity.Relabel(clustering.Labels, size, minimumSize, out int count);
        return new SupervoxelMap(region, labels, count);
    }

    /// <summary>
    /// The centres, the current assignment and its distances. The assignment works in single precision on SIMD lanes
    /// (element by element, so the lane count does not change a result); the centre updates sum exactly (integer
    /// positions) or in double precision (intensities), in scan order.
    /// </summary>
    private sealed class Clustering
    {
        private readonly float[] _intensity;
        private readonly Size3 _size;
        private readonly Vector3D _spacing;
        private readonly float _weight;
        private readonly double[] _reach = new double[3];
        private readonly float[] _distance;
        private readonly int[] _labels;
        private readonly List<(double X, double Y, double Z, double G)> _centres = [];

        /// <param name="intensity">The smoothed intensities (x fastest); the arrays carry one SIMD width of padding at the end.</param>
        /// <param name="size">The grid size of the intensities.</param>
        /// <param name="spacing">The voxel spacing (mm).</param>
        /// <param name="step">The grid step S (mm), the cube root of the supervoxel volume: the initial centres' spacing.</param>
        public Clustering(float[] intensity, Size3 size, Vector3D spacing, double step)
        {
            int n = intensity.Length, lanes = Vector<float>.Count;
            _intensity = new float[n + lanes];
            intensity.CopyTo(_intensity, 0);
            _size = size;
            _spacing = spacing;
            _weight = (float)(Compactness / step * (Compactness / step));
            _distance = new float[n + lanes];
            _labels = new int[n + lanes];
            var cells = new int[3];
            for (int a = 0; a < 3; a++)
            {
                cells[a] = Math.Max(1, (int)Math.Round(size[a] * spacing[a] / step, MidpointRounding.AwayFromZero));
                _reach[a] = step / spacing[a];
            }

            for (int k = 0; k < cells[2]; k++)
            {
                for (int j = 0; j < cells[1]; j++)
                {
                    for (int i = 0; i < cells[0]; i++)
                    {
                        double cx = (i + 0.5) * size.X / cells[0] - 0.5, cy = (j + 0.5) * size.Y / cells[1] - 0.5, cz = (k + 0.5) * size.Z / cells[2] - 0.5;
                        int nx = (int)Math.Round(cx, MidpointRounding.AwayFromZero), ny = (int)Math.Round(cy, MidpointRounding.AwayFromZero), nz = (int)Math.Round(cz, MidpointRounding.AwayFromZero);
                        _centres.Add((cx * spacing.X, cy * spacing.Y, cz * spacing.Z, intensity[size.Offset(nx, ny, nz)]));
                    }
                }
            }
        }

        public int CentreCount => _centres.Count;

        /// <summary>The current assignment (one label per voxel, then the padding).</summary>
        public ReadOnlySpan<int> Labels => _labels.AsSpan(0, (int)_size.VoxelCount);

        /// <summary>Each voxel to the nearest centre within S along every axis (a voxel no centre reaches keeps its label).</summary>
        public void Assign()
        {
            Array.Fill(_distance, float.PositiveInfinity);
            int lanes = Vector<float>.Count;
            int widest = 2 * (int)Math.Ceiling(_reach[0]) + 1 + lanes;
            Span<float> across = stackalloc float[widest];
            for (int k = 0; k < _centres.Count; k++)
            {
                var (cx, cy, cz, cg) = _centres[k];
                (int x0, int x1) = Window(cx / _spacing.X, 0);
                (int y0, int y1) = Window(cy / _spacing.Y, 1);
                (int z0, int z1) = Window(cz / _spacing.Z, 2);
                // The window's x terms once per centre, padded to whole SIMD widths with +∞ (those lanes never win).
                int blocks = (x1 - x0 + lanes) / lanes;
                Span<float> alongX = across[..(blocks * lanes)];
                for (int i = 0; i < alongX.Length; i++)
                {
                    float dx = (float)((x0 + i) * _spacing.X - cx);
                    alongX[i] = x0 + i <= x1 ? _weight * (dx * dx) : float.PositiveInfinity;
                }

                var centreG = new Vector<float>((float)cg);
                var label = new Vector<int>(k);
                // Unchecked loads and stores: a block starts inside the window and the arrays carry a SIMD width of padding.
                ref float intensity = ref MemoryMarshal.GetArrayDataReference(_intensity);
                ref float distance = ref MemoryMarshal.GetArrayDataReference(_distance);
                ref int labels = ref MemoryMarshal.GetArrayDataReference(_labels);
                ref float terms = ref MemoryMarshal.GetReference(alongX);
                for (int z = z0; z <= z1; z++)
                {
                    float dz = (float)(z * _spacing.Z - cz);
                    for (int y = y0; y <= y1; y++)
                    {
                        float dy = (float)(y * _spacing.Y - cy);
                        var rest = new Vector<float>(_weight * ((dy * dy) + (dz * dz)));
                        nuint row = (nuint)_size.Offset(x0, y, z);
                        for (int b = 0; b < blocks; b++)
                        {
                            nuint at = row + (nuint)(b * lanes);
                            Vector<float> g = Vector.LoadUnsafe(ref intensity, at) - centreG;
                            Vector<float> d = (g * g) + (Vector.LoadUnsafe(ref terms, (nuint)(b * lanes)) + rest);
                            Vector<float> best = Vector.LoadUnsafe(ref distance, at);
                            Vector<int> nearer = Vector.LessThan(d, best);
                            Vector.ConditionalSelect(nearer, d, best).StoreUnsafe(ref distance, at);
                            Vector.ConditionalSelect(nearer, label, Vector.LoadUnsafe(ref labels, at)).StoreUnsafe(ref labels, at);
                        }
                    }
                }
            }
        }

        /// <summary>Every centre to the mean position and intensity of its voxels (a centre without voxels stays), summed run by run.</summary>
        public void Update()
        {
            int count = _centres.Count;
            var positions = new long[count * 3];
            var intensity = new double[count];
            var members = new long[count];
            int width = _size.X;
            for (int z = 0; z < _size.Z; z++)
            {
                for (int y = 0; y < _size.Y; y++)
                {
                    ReadOnlySpan<int> labels = _labels.AsSpan(_size.Offset(0, y, z), width);
                    ReadOnlySpan<float> values = _intensity.AsSpan(_size.Offset(0, y, z), width);
                    for (int x = 0; x < labels.Length;)
                    {
                        int k = labels[x], start = x;
                        double sum = 0;
                        for (; x < labels.Length && labels[x] == k; x++)
                        {
                            sum += values[x];
                        }

                        long length = x - start;
                        members[k] += length;
                        positions[3 * k] += (start + x - 1) * length / 2;
                        positions[(3 * k) + 1] += y * length;
                        positions[(3 * k) + 2] += z * length;
                        intensity[k] += sum;
                    }
                }
            }

            for (int k = 0; k < count; k++)
            {
                if (members[k] > 0)
                {
                    double n = members[k];
                    _centres[k] = (positions[3 * k] / n * _spacing.X, positions[(3 * k) + 1] / n * _spacing.Y, positions[(3 * k) + 2] / n * _spacing.Z, intensity[k] / n);
                }
            }
        }

        /// <summary>The indices within S (mm) of <paramref name="centre"/> (a continuous index) along <paramref name="axis"/>, inside the region.</summary>
        private (int Lower, int Upper) Window(double centre, int axis) =>
            (Math.Max(0, (int)Math.Ceiling(centre - _reach[axis])), Math.Min(_size[axis] - 1, (int)Math.Floor(centre + _reach[axis])));
    }
}
