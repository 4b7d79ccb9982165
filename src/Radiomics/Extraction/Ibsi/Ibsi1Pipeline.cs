using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Ibsi;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing.Ibsi;

namespace Radiomics.Extraction.Ibsi;

/// <summary>
/// The IBSI 1 extraction for one configuration: load, run the IBSI chain (<see cref="IbsiChain"/>: interpolation on
/// IBSI's centred grid, re-segmentation into the intensity mask), discretise the intensity mask's ROI, then compute
/// every family with the morphological mask (the interpolated ROI) and the intensity mask. Produces the diagnostic rows first, then the features, all
/// under IBSI tags.
/// </summary>
internal static class Ibsi1Pipeline
{
    public static IReadOnlyList<(string Tag, double Value)> Run(RadiomicsSettings settings, string imagePath, string maskPath) =>
        Run(settings, ImageReader.Read(imagePath), ImageReader.Read(maskPath));

    /// <exception cref="ParameterException">A setting the IBSI chain cannot express (<see cref="IbsiChainPlan.For"/>).</exception>
    public static IReadOnlyList<(string Tag, double Value)> Run(RadiomicsSettings settings, ImageData imageData, ImageData maskData) =>
        Run(settings, imageData, maskData, ExtractionContext.Default);

    /// <summary>The chain and the features on at most <paramref name="context"/>'s threads (the values do not depend on it).</summary>
    /// <exception cref="ParameterException">A setting the IBSI chain cannot express (<see cref="IbsiChainPlan.For"/>).</exception>
    public static IReadOnlyList<(string Tag, double Value)> Run(RadiomicsSettings settings, ImageData imageData, ImageData maskData, ExtractionContext context)
    {
        IbsiChainPlan plan = IbsiChainPlan.For(settings);
        var rows = new List<(string, double)>();
        Volume<double> image = imageData.ToDoubleVolume();
        Volume<byte> roi = maskData.ToBinaryMask(settings.Mask.Label);
        Ibsi1Diagnostics.AddImage(rows, image, "init");
        Ibsi1Diagnostics.AddRoi(rows, image, roi, roi, "init");

        IbsiPreparedImage prepared = IbsiChain.Run(image, roi, plan, context.Options());
        Ibsi1Diagnostics.AddImage(rows, prepared.Image, "interp");
        Ibsi1Diagnostics.AddRoi(rows, prepared.Image, prepared.MorphologicalMask, prepared.MorphologicalMask, "interp");
        Ibsi1Diagnostics.AddRoi(rows, prepared.Image, prepared.IntensityMask, prepared.MorphologicalMask, "reseg");
        if (!prepared.MorphologicalMask.Voxels.ContainsAnyExcept((byte)0) || !prepared.IntensityMask.Voxels.ContainsAnyExcept((byte)0))
        {
            throw new ExtractionException(
                "the ROI holds no voxel after interpolation and re-segmentation (resampledPixelSpacing, resegmentRange, removeOutliers); features need at least one");
        }

        FeatureInput input = CroppedInput(settings, prepared.Image, prepared.IntensityMask, prepared.MorphologicalMask, context);
        IFeatureFamily[] families =
        [
            new MorphologyFamily(), new LocalIntensityFamily(), new IntensityStatisticsFamily(),
            new IntensityHistogramFamily(), new IntensityVolumeHistogramFamily(IvhOf(settings, plan)),
        ];

        // The discretisation stage (IBSI fixed bin number or size): the intensity histogram and the texture families read grey levels.
        input.Discretise();
        foreach (IFeatureFamily family in families)
        {
            double[] values = family.Compute(input, family.Features);
            for (int i = 0; i < values.Length; i++)
            {
                rows.Add((family.Name + "_" + family.Features[i].Name, values[i]));
            }
        }

        rows.AddRange(IbsiTextureFeatures.Compute(input, volumetric: !plan.InPlaneOnly));
        return rows;
    }

    /// <summary>
    /// The intensity-volume histogram's discretisation: <c>ivhIntensityUnits</c>, <c>ivhBinWidth</c>, <c>ivhBinCount</c>,
    /// over the absolute re-segmentation range when there is one (see <see cref="IvhDiscretisation.For"/>).
    /// </summary>
    public static IvhDiscretisation IvhOf(RadiomicsSettings settings, IbsiChainPlan plan)
    {
        IbsiSettings ibsi = settings.Ibsi;
        double? upper = plan.ResegmentRange is { Upper: var hi } && !double.IsInfinity(hi) ? hi : null;
        return IvhDiscretisation.For(ibsi.IvhIntensityUnits, ibsi.IvhBinWidth, ibsi.IvhBinCount, plan.ResegmentRange?.Lower, upper);
    }

    /// <summary>
    /// The image and both masks cropped to the ROI's box, padded by the local-intensity sphere radius so the 1 cm³
    /// sphere sees every image voxel it covers.
    /// </summary>
    private static FeatureInput CroppedInput(RadiomicsSettings settings, Volume<double> image, Volume<byte> intensityMask, Volume<byte> roi, ExtractionContext context)
    {
        BoundingBox box = BoundingBox.Of(roi) ?? throw new InvalidOperationException("The ROI is empty.");
        Index3 pad = LocalIntensityFamily.PaddingVoxels(image.Geometry.Spacing);
        Size3 size = image.Size;
        var lower = new Index3(Math.Max(0, box.Lower.X - pad.X), Math.Max(0, box.Lower.Y - pad.Y), Math.Max(0, box.Lower.Z - pad.Z));
        var upper = new Index3(Math.Min(size.X - 1, box.Upper.X + pad.X), Math.Min(size.Y - 1, box.Upper.Y + pad.Y), Math.Min(size.Z - 1, box.Upper.Z + pad.Z));
        var crop = new BoundingBox(lower, upper);
        // The IBSI families read only the discretisation (fixed bin sizes start at the re-segmentation range's lower bound)
        // and the limits; PyRadiomics' feature options (voxelArrayShift, distances, …) do not apply to them.
        RadiomicsSettings featureSettings = RadiomicsSettings.Default with
        {
            Profile = ComplianceProfile.Ibsi,
            Discretisation = settings.Discretisation with { BinningOrigin = BinningOrigin.Ibsi },
            Resegmentation = settings.Resegmentation,
            Limits = settings.Limits,
        };
        return new FeatureInput(image.Crop(crop.Lower, crop.Size), intensityMask.Crop(crop.Lower, crop.Size), featureSettings, roi.Crop(crop.Lower, crop.Size),
            buffers: null, discretiseOnDemand: false)
        {
            Context = context,
        };
    }
}
