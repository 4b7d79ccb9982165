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
        _roiValues = new Lazy<double[]>(() => RoiValuesOf(image, mask));
        _discretised = new Lazy<DiscretisedImage>(() => Discretisation.Discretise(image, mask, settings));
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

    /// <summary>The discretised grey levels on the same grid (0 outside the ROI).</summary>
    public DiscretisedImage Discretised => _discretised.Value;

    /// <summary>
    /// Derived data several families share (for example the texture families' prepared grid), built on first use
    /// for <paramref name="key"/> and kept for the lifetime of this input.
    /// </summary>
    internal T Derived<T>(object key, Func<FeatureInput, T> build) where T : class =>
        (T)_derived.GetOrAdd(key, static (_, state) => state.build(state.input), (build, input: this));

    private static double[] RoiValuesOf(Volume<double> image, Volume<byte> mask)
    {
        ReadOnlySpan<byte> m = mask.Voxels;
        ReadOnlySpan<double> v = image.Voxels;
        int count = m.Length - m.Count((byte)0);
        var values = new double[count];
        int k = 0;
        for (int i = 0; i < m.Length; i++)
        {
            if (m[i] != 0)
            {
                values[k++] = v[i];
            }
        }

        return values;
    }
}
