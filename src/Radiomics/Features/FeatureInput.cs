using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Preprocessing;

namespace Radiomics.Features;

/// <summary>
/// What a feature family sees for one image type: the intensities and the binary ROI mask on the same
/// (cropped) grid, the settings and, once the discretisation stage has run, the grey levels. Derived data (ROI values,
/// texture grids) is computed once, on first use, and shared by every family.
/// </summary>
/// <remarks>
/// <para>
/// Discretisation is a stage of its own: an extraction runs <see cref="Discretise"/> once per image type, before the
/// families and only when an enabled family reads grey levels (<see cref="IFeatureFamily.ReadsGreyLevels"/>); the
/// families then read <see cref="Discretised"/>. An input made with the public constructor, for running a family by
/// itself, runs the stage on the first read of <see cref="Discretised"/> instead.
/// </para>
/// <para>
/// Built by an extraction with a buffer pool, the input takes its derived data's large buffers (discretised levels,
/// texture grids) from the pool and gives them back when disposed, once every family has run: nothing computed from
/// it may be used after that (results are plain values, which never reference those buffers). Without a pool,
/// disposing does nothing.
/// </para>
/// </remarks>
public sealed class FeatureInput : IDisposable
{
    private readonly ExactLengthArrayPool? _buffers;
    private readonly List<Array> _rented = [];
    private readonly bool _discretiseOnDemand;
    private bool _disposed;
    private readonly Lazy<double[]> _roiValues;
    private readonly Lazy<DiscretisedImage> _discretised;
    private readonly Lazy<(double Min, double Max)> _roiRange;
    private readonly Lazy<(int[] Runs, int VoxelCount)> _roiRuns;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<object, object> _derived = new();

    /// <summary>
    /// The input of one image type's features (no buffer pool: disposing does nothing), discretised on the first read of
    /// <see cref="Discretised"/>.
    /// </summary>
    /// <param name="image">The (derived) image, cropped to the ROI's box.</param>
    /// <param name="mask">The ROI on the image's grid (non-zero inside), after re-segmentation.</param>
    /// <param name="settings">The settings the families read (binning, distances, symmetry…).</param>
    /// <param name="shapeMask">The mask shape features use, or null for <paramref name="mask"/>.</param>
    public FeatureInput(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, Volume<byte>? shapeMask = null)
        : this(image, mask, settings, shapeMask, null)
    {
    }

    /// <summary>
    /// As the public constructor, taking derived buffers from <paramref name="buffers"/> (given back on <see cref="Dispose"/>)
    /// when given. Without <paramref name="discretiseOnDemand"/>, <see cref="Discretised"/> is readable only after the
    /// pipeline has run <see cref="Discretise"/>: a family that reads grey levels without declaring it fails instead of
    /// discretising behind the pipeline's back.
    /// </summary>
    /// <param name="image">The (derived) image, cropped to the ROI's box.</param>
    /// <param name="mask">The ROI on the image's grid.</param>
    /// <param name="settings">The settings the families read.</param>
    /// <param name="shapeMask">The mask shape features use, or null for <paramref name="mask"/>.</param>
    /// <param name="buffers">The pool derived buffers come from, or null.</param>
    /// <param name="discretiseOnDemand">Whether reading <see cref="Discretised"/> may run the stage.</param>
    /// <param name="roiRuns">
    /// <see cref="RoiRuns.Of"/> of <paramref name="mask"/> when the caller has it (an extraction finds them once for every
    /// image type of a case, which share the mask), or null to find them on first use. Not copied: left unchanged.
    /// </param>
    internal FeatureInput(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, Volume<byte>? shapeMask, ExactLengthArrayPool? buffers,
        bool discretiseOnDemand = true, (int[] Runs, int VoxelCount)? roiRuns = null)
    {
        if (image.Size != mask.Size)
        {
            throw new ArgumentException($"Image ({image.Size}) and mask ({mask.Size}) must share a grid.", nameof(mask));
        }

        Image = image;
        Mask = mask;
        ShapeMask = shapeMask ?? mask;
        Settings = settings;
        _roiRuns = roiRuns is { } known ? new Lazy<(int[], int)>(known) : new Lazy<(int[], int)>(() => RoiRuns.Of(mask.Voxels));
        _roiValues = new Lazy<double[]>(() => RoiValuesOf(RoiSegments));
        _roiRange = new Lazy<(double, double)>(() => Discretisation.RangeOf(RoiSegments));
        _discretised = new Lazy<DiscretisedImage>(() =>
            Discretisation.Discretise(image, _roiRuns.Value.Runs, settings, RoiRange.Min, RoiRange.Max, levelsBuffer: RentBuffer<int>(image.Length, clear: false)));
        _buffers = buffers;
        _discretiseOnDemand = discretiseOnDemand;
    }

    /// <summary>Intensities, on the cropped grid (the ROI's bounding box, possibly padded).</summary>
    public Volume<double> Image { get; }

    /// <summary>The ROI (1 inside, 0 outside) on the same grid as <see cref="Image"/>.</summary>
    public Volume<byte> Mask { get; }

    /// <summary>The mask shape features use: the ROI before re-segmentation unless resegmentShape is set.</summary>
    public Volume<byte> ShapeMask { get; }

    /// <summary>The settings the families read.</summary>
    public RadiomicsSettings Settings { get; }

    /// <summary>The threads the families' own loops (texture directions) run on; <see cref="ExtractionContext.Default"/> unless the extractor sets its own.</summary>
    public ExtractionContext Context { get; internal init; } = ExtractionContext.Default;

    /// <summary>The intensities of the ROI voxels, in voxel order (x fastest).</summary>
    public double[] RoiValues => Live(_roiValues).Value;

    /// <summary>
    /// The ROI's intensities read in place, run by run, in the order of <see cref="RoiValues"/> (which copies them).
    /// </summary>
    internal RoiSegments RoiSegments => new(Image.Voxels, _roiRuns.Value.Runs, _roiRuns.Value.VoxelCount);

    /// <summary>
    /// The minimum and maximum ROI intensity (NaN if any is NaN); computed once, shared by discretisation and first order.
    /// </summary>
    internal (double Min, double Max) RoiRange => _roiRange.Value;

    /// <summary>
    /// The discretised grey levels on the same grid (0 outside the ROI): those of the discretisation stage
    /// (<see cref="Discretise"/>), run now for an input made with the public constructor.
    /// </summary>
    /// <exception cref="InvalidOperationException">An extraction's input whose plan did not discretise (no enabled family reads grey levels).</exception>
    public DiscretisedImage Discretised =>
        _discretiseOnDemand || Live(_discretised).IsValueCreated
            ? Live(_discretised).Value
            : throw new InvalidOperationException(
                "The extraction did not run the discretisation stage for this image: no enabled family declared that it reads grey levels (IFeatureFamily.ReadsGreyLevels).");

    /// <summary>Whether the discretisation stage has run for this input.</summary>
    internal bool IsDiscretised => _discretised.IsValueCreated;

    /// <summary>
    /// The discretisation stage of this image type: <see cref="Discretisation"/> of the ROI as the settings say (bin width
    /// or count, PyRadiomics' or IBSI's origin, the re-segmentation range's lower bound), the levels in a buffer of this
    /// input. Runs once; later calls (and <see cref="Discretised"/>) return the same levels.
    /// </summary>
    internal DiscretisedImage Discretise() => Live(_discretised).Value;

    /// <summary>
    /// Derived data several families share (for example the texture families' prepared grid), built on first use
    /// for <paramref name="key"/> and kept for the lifetime of this input.
    /// </summary>
    internal T Derived<T>(object key, Func<FeatureInput, T> build) where T : class =>
        (T)Live(_derived).GetOrAdd(key, static (_, state) => state.build(state.input), (build, input: this));

    /// <summary>
    /// A buffer of exactly <paramref name="length"/> elements for derived data this input keeps (zeroed when
    /// <paramref name="clear"/>, contents undefined otherwise): taken from the extraction's pool when there is one and
    /// given back on <see cref="Dispose"/>, so it must not outlive this input.
    /// </summary>
    internal T[] RentBuffer<T>(int length, bool clear) where T : unmanaged
    {
        if (_buffers is null)
        {
            return clear ? new T[length] : GC.AllocateUninitializedArray<T>(length);
        }

        T[] buffer = _buffers.Rent<T>(length);
        if (clear)
        {
            Array.Clear(buffer);
        }

        lock (_rented)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _rented.Add(buffer);
        }

        return buffer;
    }

    /// <summary>Gives the pooled buffers back (see the remarks); the input's derived data is unusable afterwards.</summary>
    public void Dispose()
    {
        lock (_rented)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (Array buffer in _rented)
            {
                _buffers!.Return(buffer);
            }

            _rented.Clear();
        }
    }

    private T Live<T>(T value)
    {
        ObjectDisposedException.ThrowIf(_disposed && _buffers is not null, this);
        return value;
    }

    private static double[] RoiValuesOf(RoiSegments roi)
    {
        var values = GC.AllocateUninitializedArray<double>(roi.Count);
        int k = 0;
        for (int r = 0; r < roi.Runs.Length; r += 2)
        {
            ReadOnlySpan<double> run = roi.Voxels.Slice(roi.Runs[r], roi.Runs[r + 1]);
            run.CopyTo(values.AsSpan(k));
            k += run.Length;
        }

        return values;
    }
}
