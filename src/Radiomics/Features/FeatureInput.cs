using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Preprocessing;

namespace Radiomics.Features;

/// <summary>
/// What a feature family sees for one image type: the intensities and the binary ROI mask on the same
/// (cropped) grid, and the settings. Derived data (ROI values, the discretised image) is computed once,
/// on first use, and shared by every family.
/// </summary>
public sealed class FeatureInput
{
    private readonly Lazy<double[]> _roiValues;
    private readonly Lazy<DiscretisedImage> _discretised;
    private readonly Lazy<(double Min, double Max)> _roiRange;
    private readonly Lazy<(int[] Runs, int VoxelCount)> _roiRuns;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<object, object> _derived = new();

    public FeatureInput(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, Volume<byte>? shapeMask = null)
    {
        if (image.Size != mask.Size)
        {
            throw new ArgumentException($"Image ({image.Size}) and mask ({mask.Size}) must share a grid.", nameof(mask));
        }

        Image = image;
        Mask = mask;
        ShapeMask = shapeMask ?? mask;
        Settings = settings;
        _roiRuns = new Lazy<(int[], int)>(() => RoiRuns.Of(mask.Voxels));
        _roiValues = new Lazy<double[]>(() => RoiValuesOf(RoiSegments));
        _roiRange = new Lazy<(double, double)>(() => Discretisation.RangeOf(RoiSegments));
        _discretised = new Lazy<DiscretisedImage>(() => Discretisation.Discretise(image, _roiRuns.Value.Runs, settings, RoiRange.Min, RoiRange.Max));
    }

    /// <summary>Intensities, on the cropped grid (the ROI's bounding box, possibly padded).</summary>
    public Volume<double> Image { get; }

    /// <summary>The ROI (1 inside, 0 outside) on the same grid as <see cref="Image"/>.</summary>
    public Volume<byte> Mask { get; }

    /// <summary>The mask shape features use: the ROI before re-segmentation unless resegmentShape is set.</summary>
    public Volume<byte> ShapeMask { get; }

    public RadiomicsSettings Settings { get; }

    /// <summary>The intensities of the ROI voxels, in voxel order (x fastest).</summary>
    public double[] RoiValues => _roiValues.Value;

    /// <summary>
    /// The ROI's intensities read in place, run by run, in the order of <see cref="RoiValues"/> (which copies them).
    /// </summary>
    internal RoiSegments RoiSegments => new(Image.Voxels, _roiRuns.Value.Runs, _roiRuns.Value.VoxelCount);

    /// <summary>
    /// The minimum and maximum ROI intensity (NaN if any is NaN); computed once, shared by discretisation and first order.
    /// </summary>
    internal (double Min, double Max) RoiRange => _roiRange.Value;

    /// <summary>The discretised grey levels on the same grid (0 outside the ROI).</summary>
    public DiscretisedImage Discretised => _discretised.Value;

    /// <summary>
    /// Derived data several families share (for example the texture families' prepared grid), built on first use
    /// for <paramref name="key"/> and kept for the lifetime of this input.
    /// </summary>
    internal T Derived<T>(object key, Func<FeatureInput, T> build) where T : class =>
        (T)_derived.GetOrAdd(key, static (_, state) => state.build(state.input), (build, input: this));

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
