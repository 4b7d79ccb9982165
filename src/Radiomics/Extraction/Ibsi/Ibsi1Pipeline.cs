using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Ibsi;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing.Ibsi;

namespace Radiomics.Extraction.Ibsi;

/// <summary>
/// The IBSI 1 extraction for one configuration: load, run the IBSI chain (<see cref="IbsiChain"/>: interpolation on
/// IBSI's centred grid, re-segmentation into the intensity mask), then compute every family with the morphological
/// mask (the interpolated ROI) and the intensity mask. Produces the diagnostic rows first, then the features, all
/// under IBSI tags.
/// </summary>
internal static class Ibsi1Pipeline
{
    public static IReadOnlyList<(string Tag, double Value)> Run(Ibsi1Configuration configuration, string imagePath, string maskPath) =>
        Run(configuration, ImageReader.Read(imagePath), ImageReader.Read(maskPath));

    public static IReadOnlyList<(string Tag, double Value)> Run(Ibsi1Configuration configuration, ImageData imageData, ImageData maskData)
    {
        var rows = new List<(string, double)>();
        Volume<double> image = imageData.ToDoubleVolume();
        Volume<byte> roi = maskData.ToBinaryMask(configuration.Label);
        Ibsi1Diagnostics.AddImage(rows, image, "init");
        Ibsi1Diagnostics.AddRoi(rows, image, roi, roi, "init");

        IbsiPreparedImage prepared = IbsiChain.Run(image, roi, configuration.Chain);
        Ibsi1Diagnostics.AddImage(rows, prepared.Image, "interp");
        Ibsi1Diagnostics.AddRoi(rows, prepared.Image, prepared.MorphologicalMask, prepared.MorphologicalMask, "interp");
        Ibsi1Diagnostics.AddRoi(rows, prepared.Image, prepared.IntensityMask, prepared.MorphologicalMask, "reseg");
        if (!prepared.MorphologicalMask.Voxels.ContainsAnyExcept((byte)0) || !prepared.IntensityMask.Voxels.ContainsAnyExcept((byte)0))
        {
            throw new ExtractionException(
                "the ROI holds no voxel after interpolation and re-segmentation (resampledPixelSpacing, resegmentRange, removeOutliers); features need at least one");
        }

        FeatureInput input = CroppedInput(configuration, prepared.Image, prepared.IntensityMask, prepared.MorphologicalMask);
        IFeatureFamily[] families =
        [
            new MorphologyFamily(), new LocalIntensityFamily(), new IntensityStatisticsFamily(),
            new IntensityHistogramFamily(), new IntensityVolumeHistogramFamily(configuration.Ivh),
        ];
        foreach (IFeatureFamily family in families)
        {
            double[] values = family.Compute(input, family.Features);
            for (int i = 0; i < values.Length; i++)
            {
                rows.Add((family.Name + "_" + family.Features[i].Name, values[i]));
            }
        }

        rows.AddRange(IbsiTextureFeatures.Compute(input, volumetric: !configuration.Is2D));
        return rows;
    }

    /// <summary>
    /// The image and both masks cropped to the ROI's box, padded by the local-intensity sphere radius so the 1 cm³
    /// sphere sees every image voxel it covers.
    /// </summary>
    private static FeatureInput CroppedInput(Ibsi1Configuration configuration, Volume<double> image, Volume<byte> intensityMask, Volume<byte> roi)
    {
        BoundingBox box = BoundingBox.Of(roi) ?? throw new InvalidOperationException("The ROI is empty.");
        Index3 pad = LocalIntensityFamily.PaddingVoxels(image.Geometry.Spacing);
        Size3 size = image.Size;
        var lower = new Index3(Math.Max(0, box.Lower.X - pad.X), Math.Max(0, box.Lower.Y - pad.Y), Math.Max(0, box.Lower.Z - pad.Z));
        var upper = new Index3(Math.Min(size.X - 1, box.Upper.X + pad.X), Math.Min(size.Y - 1, box.Upper.Y + pad.Y), Math.Min(size.Z - 1, box.Upper.Z + pad.Z));
        var crop = new BoundingBox(lower, upper);
        var settings = RadiomicsSettings.Default with
        {
            Profile = ComplianceProfile.Ibsi,
            BinningOrigin = BinningOrigin.Ibsi,
            BinWidth = configuration.BinWidth ?? RadiomicsSettings.Default.BinWidth,
            BinCount = configuration.BinCount,
            ResegmentRange = configuration.ResegmentRange is (double lo, double hi) ? [lo, hi] : null,
        };
        return new FeatureInput(image.Crop(crop.Lower, crop.Size), intensityMask.Crop(crop.Lower, crop.Size), settings, roi.Crop(crop.Lower, crop.Size));
    }
}
