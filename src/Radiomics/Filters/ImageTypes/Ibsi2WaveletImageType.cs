using Radiomics.Configuration;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// <c>IbsiWavelet</c>: the IBSI 2 undecimated separable wavelet (<see cref="SeparableWaveletFilter"/>, not
/// PyRadiomics' decimated-then-stationary <c>Wavelet</c>) with wavelet <c>ibsiWavelet</c>, sub-band
/// <c>ibsiWaveletBand</c> (three letters in 3D, two in 2D), level <c>ibsiWaveletLevel</c>, rotation invariance
/// <c>ibsiWaveletRotationInvariance</c>, <c>ibsiFilterDimension</c> and <c>ibsiPadding</c>; one image, prefix
/// <c>ibsi-wavelet-db3-LLH-1-average-3D</c> (<c>-max</c>/<c>-average</c> only when rotation invariant).
/// </summary>
public sealed class Ibsi2WaveletImageType : IImageType
{
    /// <inheritdoc/>
    public string Name => "IbsiWavelet";

    /// <summary>The filter the settings describe; a band that does not fit the dimension names <c>ibsiWaveletBand</c>.</summary>
    public static SeparableWaveletFilter FilterOf(RadiomicsSettings settings)
    {
        bool invariant = settings.Ibsi2Filters.WaveletRotationInvariance != RotationInvariance.None;
        RotationPooling pooling = settings.Ibsi2Filters.WaveletRotationInvariance == RotationInvariance.Max ? RotationPooling.Max : RotationPooling.Average;
        try
        {
            return new SeparableWaveletFilter(settings.Ibsi2Filters.Wavelet, settings.Ibsi2Filters.WaveletBand.ToString(), settings.Ibsi2Filters.WaveletLevel,
                settings.Ibsi2Filters.Dimension, settings.Ibsi2Filters.Padding, invariant, pooling);
        }
        catch (ArgumentException error)
        {
            throw Ibsi2ImageTypeNaming.Invalid("IbsiWavelet", "ibsiWaveletBand", error);
        }
    }

    /// <summary>Reach: the sum over the cascade's stages of their (dilated) kernels' half-width.</summary>
    public BoundingBox InputRegion(BoundingBox region, ImageGeometry image, RadiomicsSettings settings)
    {
        SeparableWaveletFilter filter = FilterOf(settings);
        int reach = filter.Stages().Sum(stage => stage.Max(kernel => Ibsi2Windows.HalfWidth(kernel.Length)));
        return Ibsi2Windows.Spatial(region, image, filter.Dimension, filter.Boundary, reach);
    }

    /// <inheritdoc/>
    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64, ExtractionContext? context = null)
    {
        SeparableWaveletFilter filter = FilterOf(settings);
        string pooling = filter.RotationInvariant ? "-" + settings.Ibsi2Filters.WaveletRotationInvariance.ToString().ToLowerInvariant() : "";
        string prefix = $"ibsi-wavelet-{filter.Wavelet}-{filter.SubBand}-{filter.Level}{pooling}-{Ibsi2ImageTypeNaming.Dimension(filter.Dimension)}";
        yield return new DerivedImage(prefix, filter.Apply(image, FilterExecution.Of(context)), settings);
    }
}
