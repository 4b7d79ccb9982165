using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Ibsi;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Extraction.Ibsi;

/// <summary>
/// The IBSI 1 reference runs: the digital phantom and (later) configurations A–E of the CT phantom, each giving
/// ordered (tag, value) pairs named with the IBSI reference tags of ibsi1/reference_values/*.csv, so results can
/// be compared with the reference tables mechanically.
/// </summary>
public static class Ibsi1Profile
{
    /// <summary>The digital phantom image, relative to the test-data root.</summary>
    public const string DigitalPhantomImage = "ibsi1/digital_phantom/nifti/image/phantom.nii.gz";

    /// <summary>The digital phantom mask, relative to the test-data root.</summary>
    public const string DigitalPhantomMask = "ibsi1/digital_phantom/nifti/mask/mask.nii.gz";

    /// <summary>
    /// Every IBSI 1 feature of the digital phantom (IBSI: no interpolation, no re-segmentation, the grey levels are
    /// the intensities 1…6 themselves). <paramref name="dataRoot"/> is the folder holding <c>ibsi1/</c>.
    /// </summary>
    public static IReadOnlyList<(string Tag, double Value)> RunDigitalPhantom(string dataRoot)
    {
        Volume<double> image = ImageReader.Read(Path.Combine(dataRoot, DigitalPhantomImage)).ToDoubleVolume();
        Volume<byte> mask = ImageReader.Read(Path.Combine(dataRoot, DigitalPhantomMask)).ToBinaryMask(1);
        // Bin width 1 from the minimum 1: the grey levels equal the phantom's integer intensities.
        var settings = RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 1 } };
        var input = new FeatureInput(image, mask, settings, shapeMask: null, buffers: null, discretiseOnDemand: false);
        var results = new List<(string, double)>();
        IFeatureFamily[] families =
        [
            new MorphologyFamily(), new LocalIntensityFamily(), new IntensityStatisticsFamily(),
            new IntensityHistogramFamily(), new IntensityVolumeHistogramFamily(IvhDiscretisation.None),
        ];

        // The discretisation stage: the intensity histogram and the texture families read grey levels.
        input.Discretise();
        foreach (IFeatureFamily family in families)
        {
            AddFamily(results, family, input);
        }

        results.AddRange(IbsiTextureFeatures.Compute(input));
        return results;
    }

    /// <summary>The CT phantom image, relative to the test-data root.</summary>
    public const string CtPhantomImage = "ibsi1/ct_phantom/nifti/image/phantom.nii.gz";

    /// <summary>The CT phantom mask (GTV), relative to the test-data root.</summary>
    public const string CtPhantomMask = "ibsi1/ct_phantom/nifti/mask/mask.nii.gz";

    /// <summary>
    /// The CT phantom under IBSI configuration <paramref name="configuration"/> (A–E): the diagnostic rows
    /// (<c>img_dim_x_init_img</c> …, <c>int_mask_vox_count_reseg_roi</c> …) then every feature of the configuration,
    /// under IBSI tags. <paramref name="dataRoot"/> is the folder holding <c>ibsi1/</c>.
    /// </summary>
    public static IReadOnlyList<(string Tag, double Value)> RunConfiguration(char configuration, string dataRoot) =>
        Ibsi1Pipeline.Run(Ibsi1Configuration.Of(configuration).Settings, Path.Combine(dataRoot, CtPhantomImage), Path.Combine(dataRoot, CtPhantomMask));

    /// <summary>
    /// Any image and ROI mask through the IBSI 1 chain <paramref name="settings"/> ask for (<c>profile: ibsi</c>; e.g.
    /// <see cref="Ibsi1Configuration.A"/>.Settings … <see cref="Ibsi1Configuration.E"/>.Settings), returning the diagnostic
    /// rows and every feature under IBSI tags. This is the entry point for <c>profile: ibsi</c>.
    /// </summary>
    /// <exception cref="ParameterException">A setting the IBSI chain cannot express; the message names the key.</exception>
    public static IReadOnlyList<(string Tag, double Value)> Extract(string imagePath, string maskPath, RadiomicsSettings settings) =>
        Ibsi1Pipeline.Run(settings, imagePath, maskPath);

    /// <summary>As <see cref="Extract(string, string, RadiomicsSettings)"/>, for images already in memory.</summary>
    public static IReadOnlyList<(string Tag, double Value)> Extract(ImageData image, ImageData mask, RadiomicsSettings settings) =>
        Ibsi1Pipeline.Run(settings, image, mask);

    /// <summary>As <see cref="Extract(ImageData, ImageData, RadiomicsSettings)"/>, on at most <paramref name="context"/>'s threads.</summary>
    internal static IReadOnlyList<(string Tag, double Value)> Extract(ImageData image, ImageData mask, RadiomicsSettings settings, ExtractionContext context) =>
        Ibsi1Pipeline.Run(settings, image, mask, context);

    private static void AddFamily(List<(string, double)> results, IFeatureFamily family, FeatureInput input)
    {
        double[] values = family.Compute(input, family.Features);
        for (int i = 0; i < values.Length; i++)
        {
            results.Add((family.Name + "_" + family.Features[i].Name, values[i]));
        }
    }
}
