using Radiomics.Configuration;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// <c>Laws</c>: the IBSI 2 Laws filter (JTXT, <see cref="LawsFilter"/>) with kernel combination <c>lawsKernel</c>
/// (three names in 3D, two in 2D), rotation invariance <c>lawsRotationInvariance</c> (none, or max/average pooling),
/// energy map distance <c>lawsEnergyDistance</c> (null: plain response), <c>ibsiFilterDimension</c> and
/// <c>ibsiPadding</c>; one image, prefix <c>laws-L5E5E5-energy-7-max-3D</c> (<c>-energy-δ</c> only with an energy
/// map, <c>-max</c>/<c>-average</c> only when rotation invariant).
/// </summary>
public sealed class Ibsi2LawsImageType : IImageType
{
    /// <inheritdoc/>
    public string Name => "Laws";

    /// <summary>The filter the settings describe; a kernel count that does not fit the dimension names <c>lawsKernel</c>.</summary>
    public static LawsFilter FilterOf(RadiomicsSettings settings)
    {
        bool invariant = settings.Ibsi2Filters.LawsRotationInvariance != RotationInvariance.None;
        RotationPooling pooling = settings.Ibsi2Filters.LawsRotationInvariance == RotationInvariance.Average ? RotationPooling.Average : RotationPooling.Max;
        try
        {
            return new LawsFilter(settings.Ibsi2Filters.LawsKernel, settings.Ibsi2Filters.Dimension, settings.Ibsi2Filters.Padding, invariant, pooling, settings.Ibsi2Filters.LawsEnergyDistance);
        }
        catch (ArgumentException error)
        {
            throw Ibsi2ImageTypeNaming.Invalid("Laws", "lawsKernel", error);
        }
    }

    /// <summary>Reach: the kernels' half-width (the largest, as rotations turn them), plus δ for the energy map.</summary>
    public BoundingBox InputRegion(BoundingBox region, ImageGeometry image, RadiomicsSettings settings)
    {
        LawsFilter filter = FilterOf(settings);
        int reach = LawsKernels.Parse(filter.Kernels).Max(name => Ibsi2Windows.HalfWidth(LawsKernels.Get(name).Length)) + (filter.EnergyDistance ?? 0);
        return Ibsi2Windows.Spatial(region, image, filter.Dimension, filter.Boundary, reach);
    }

    /// <inheritdoc/>
    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64, ExtractionContext? context = null)
    {
        LawsFilter filter = FilterOf(settings);
        string energy = filter.EnergyDistance is int distance ? $"-energy-{distance}" : "";
        string pooling = filter.RotationInvariant ? "-" + settings.Ibsi2Filters.LawsRotationInvariance.ToString().ToLowerInvariant() : "";
        string prefix = $"laws-{filter.Kernels}{energy}{pooling}-{Ibsi2ImageTypeNaming.Dimension(filter.Dimension)}";
        yield return new DerivedImage(prefix, filter.Apply(image, FilterExecution.Of(context)), settings);
    }
}
