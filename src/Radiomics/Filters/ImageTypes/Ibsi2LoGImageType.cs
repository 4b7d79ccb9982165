using Radiomics.Configuration;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// <c>IbsiLoG</c>: the IBSI 2 Laplacian of Gaussian (L6PA, <see cref="LaplacianOfGaussianFilter"/>, a truncated
/// convolution kernel, not PyRadiomics' recursive <c>LoG</c>): one image per σ (mm) of <c>ibsiLoGSigma</c>, in the
/// listed order, with cut-off <c>ibsiLoGCutoff</c> (in σ), <c>ibsiFilterDimension</c> and <c>ibsiPadding</c>;
/// prefix <c>ibsi-log-sigma-1-5-mm-3D</c>.
/// </summary>
public sealed class Ibsi2LoGImageType : IImageType
{
    /// <inheritdoc/>
    public string Name => "IbsiLoG";

    /// <summary>The filters the settings describe, one per σ.</summary>
    public static IReadOnlyList<LaplacianOfGaussianFilter> FiltersOf(RadiomicsSettings settings) =>
        settings.Ibsi2Filters.LoGSigma.Select(sigma => new LaplacianOfGaussianFilter(sigma, settings.Ibsi2Filters.Dimension, settings.Ibsi2Filters.Padding, settings.Ibsi2Filters.LoGCutoff)).ToArray();

    /// <summary>Reach ⌊d·σ + ½⌋ voxels per axis (the kernel's radius, the largest σ), whole axes with periodic padding.</summary>
    public BoundingBox InputRegion(BoundingBox region, ImageGeometry image, RadiomicsSettings settings)
    {
        IReadOnlyList<LaplacianOfGaussianFilter> filters = FiltersOf(settings);
        Span<int> reach = stackalloc int[3];
        foreach (LaplacianOfGaussianFilter filter in filters)
        {
            for (int axis = 0; axis < 3; axis++)
            {
                // One more than the kernel's radius ⌊d·σ/spacing + ½⌋: a margin costs nothing in exactness.
                double radius = Math.Floor(filter.CutoffInSigma * filter.SigmaMm / image.Spacing[axis] + 0.5) + 1;
                reach[axis] = Math.Max(reach[axis], (int)Math.Min(FilterReach.WholeAxis, radius));
            }
        }

        return filters.Count == 0
            ? region
            : Ibsi2Windows.Spatial(region, image, settings.Ibsi2Filters.Dimension, settings.Ibsi2Filters.Padding, new Index3(reach[0], reach[1], reach[2]));
    }

    /// <inheritdoc/>
    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64, ExtractionContext? context = null)
    {
        foreach (LaplacianOfGaussianFilter filter in FiltersOf(settings))
        {
            string prefix = $"ibsi-log-sigma-{Ibsi2ImageTypeNaming.Number(filter.SigmaMm)}-mm-{Ibsi2ImageTypeNaming.Dimension(filter.Dimension)}";
            yield return new DerivedImage(prefix, filter.Apply(image, FilterExecution.Of(context)), settings);
        }
    }
}
