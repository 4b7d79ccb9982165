using Radiomics.Configuration;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;

namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// <c>Gabor</c>: the IBSI 2 Gabor filter (Q88H, <see cref="GaborFilter"/>) with σ <c>gaborSigma</c> (mm),
/// λ <c>gaborLambda</c> (mm), γ <c>gaborGamma</c>, θ <c>gaborTheta</c> (degrees), orientation averaging step
/// <c>gaborThetaStep</c> (degrees, null for θ alone), <c>ibsiFilterDimension</c> (3D averages the three orthogonal
/// planes) and <c>ibsiPadding</c>; one image, prefix <c>gabor-sigma-5-lambda-2-gamma-1-5-theta-0-step-22-5-3D</c>
/// (<c>-step-…</c> only with averaging).
/// </summary>
public sealed class Ibsi2GaborImageType : IImageType
{
    /// <inheritdoc/>
    public string Name => "Gabor";

    /// <summary>The filter the settings describe (angles converted from degrees to radians).</summary>
    public static GaborFilter FilterOf(RadiomicsSettings settings) =>
        new(settings.Ibsi2Filters.GaborSigma, settings.Ibsi2Filters.GaborLambda, settings.Ibsi2Filters.GaborGamma, Radians(settings.Ibsi2Filters.GaborTheta),
            settings.Ibsi2Filters.Dimension, settings.Ibsi2Filters.Padding,
            settings.Ibsi2Filters.GaborThetaStep is double step ? Radians(step) : null);

    /// <summary>Fourier convolution per plane: the planes' axes whole (all three in 3D, which averages three plane orientations).</summary>
    public BoundingBox InputRegion(BoundingBox region, ImageGeometry image, RadiomicsSettings settings) =>
        Ibsi2Windows.Whole(region, image, settings.Ibsi2Filters.Dimension);

    /// <inheritdoc/>
    public IEnumerable<DerivedImage> Produce(Volume<double> image, Volume<byte> mask, RadiomicsSettings settings, VoxelType pixelType = VoxelType.Float64, ExtractionContext? context = null)
    {
        GaborFilter filter = FilterOf(settings);
        string step = settings.Ibsi2Filters.GaborThetaStep is double s ? "-step-" + Ibsi2ImageTypeNaming.Number(s) : "";
        string prefix = $"gabor-sigma-{Ibsi2ImageTypeNaming.Number(settings.Ibsi2Filters.GaborSigma)}-lambda-{Ibsi2ImageTypeNaming.Number(settings.Ibsi2Filters.GaborLambda)}" +
            $"-gamma-{Ibsi2ImageTypeNaming.Number(settings.Ibsi2Filters.GaborGamma)}-theta-{Ibsi2ImageTypeNaming.Number(settings.Ibsi2Filters.GaborTheta)}{step}" +
            $"-{Ibsi2ImageTypeNaming.Dimension(filter.Dimension)}";
        yield return new DerivedImage(prefix, filter.Apply(image, FilterExecution.Of(context)), settings);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
