using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Ibsi;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing.Ibsi;

namespace Radiomics.Extraction.Ibsi;

/// <summary>
/// The IBSI 1 image-processing chain for one configuration of the CT phantom: load (intensities rounded to
/// integers, as the manual asks for the NIfTI files), interpolate on IBSI's centred grid (image rounded to the
/// nearest integer; mask interpolated linearly and kept where ≥ 0.5), re-segment (range and/or 3σ outlier
/// filtering) into the intensity mask, then compute every family with the morphological mask (the interpolated
/// ROI) and the intensity mask. Produces the diagnostic rows first, then the features, all under IBSI tags.
/// </summary>
internal static class Ibsi1Pipeline
{
    public static IReadOnlyList<(string Tag, double Value)> Run(Ibsi1Configuration configuration, string imagePath, string maskPath) =>
        Run(configuration, ImageReader.Read(imagePath), ImageReader.Read(maskPath));

    public static IReadOnlyList<(string Tag, double Value)> Run(Ibsi1Configuration configuration, ImageData imageData, ImageData maskData)
    {
        var rows = new List<(string, double)>();
        // IBSI rounds interpolated intensities back to integers for images whose intensities are integers (CT in HU,
        // as in configurations A–E); an image with non-integer intensities (e.g. MR, PET SUV) keeps its values.
        Volume<double> image = imageData.ToDoubleVolume();
        bool integerIntensities = AllIntegers(image.Voxels);
        Volume<byte> roi = maskData.ToBinaryMask(configuration.Label);
        Ibsi1Diagnostics.AddImage(rows, image, "init");
        Ibsi1Diagnostics.AddRoi(rows, image, roi, roi, "init");

        if (configuration.Spacing is double spacing)
        {
            ImageGeometry grid = IbsiResampler.Grid(image.Geometry, spacing, spacing, configuration.Is2D ? null : spacing);
            image = IbsiResampler.Resample(image, grid, configuration.Interpolation);
            if (integerIntensities)
            {
                image = image.Map(Math.Round);
            }
            roi = IbsiResampler.Resample(roi.Map(v => (double)v), grid, IbsiInterpolation.Linear).Map(v => v >= 0.5 ? (byte)1 : (byte)0);
        }

        Ibsi1Diagnostics.AddImage(rows, image, "interp");
        Ibsi1Diagnostics.AddRoi(rows, image, roi, roi, "interp");
        Volume<byte> intensityMask = IbsiResegmentation.Apply(image, roi, configuration.ResegmentRange, configuration.OutlierFiltering);
        Ibsi1Diagnostics.AddRoi(rows, image, intensityMask, roi, "reseg");
        if (!roi.Voxels.ContainsAnyExcept((byte)0) || !intensityMask.Voxels.ContainsAnyExcept((byte)0))
        {
            throw new ExtractionException(
                "the ROI holds no voxel after interpolation and re-segmentation (resampledPixelSpacing, resegmentRange, removeOutliers); features need at least one");
        }

        FeatureInput input = CroppedInput(configuration, image, intensityMask, roi);
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

    private static bool AllIntegers(ReadOnlySpan<double> values)
    {
        foreach (double v in values)
        {
            if (v != Math.Floor(v))
            {
                return false;
            }
        }

        return true;
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
