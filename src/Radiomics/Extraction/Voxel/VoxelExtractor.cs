using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// Voxel-based extraction (PyRadiomics' <c>extractor.execute(image, mask, voxelBased=True)</c>): for every ROI voxel, each
/// enabled firstorder and texture feature computed over the kernel around it, on every enabled image type. The
/// parameter file's <c>voxelSetting</c> section applies on top of its <c>setting</c> section; <c>kernelRadius</c>,
/// <c>maskedKernel</c>, <c>initValue</c> and <c>voxelBatch</c> keep PyRadiomics' meaning (docs/voxel-maps.md). Maps
/// are on PyRadiomics' grid: the ROI's bounding box padded by <c>kernelRadius</c>, clipped to the image. Shape classes
/// have no voxel-based form and are skipped, as in PyRadiomics. Immutable; safe to share between threads.
/// </summary>
public sealed class VoxelExtractor
{
    private readonly RadiomicsExtractor _extractor;

    /// <summary>An extractor of voxel maps with <paramref name="parameters"/>' settings, its <c>voxelSetting</c> section applied on top.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ParameterException">A voxel setting is invalid, or the IBSI profile is asked for.</exception>
    public VoxelExtractor(ExtractionParameters parameters)
        : this(parameters, ExtractionContext.Default)
    {
    }

    /// <summary>
    /// An extractor of voxel maps with <paramref name="parameters"/>' settings, its <c>voxelSetting</c> section applied on
    /// top, whose preparation, filters and maps run on at most <paramref name="context"/>'s threads (the maps do not depend on it).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> or <paramref name="context"/> is null.</exception>
    /// <exception cref="ParameterException">A voxel setting is invalid, or the IBSI profile is asked for.</exception>
    public VoxelExtractor(ExtractionParameters parameters, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(context);
        RadiomicsSettings settings = parameters.VoxelModeSettings();
        if (settings.Profile == ComplianceProfile.Ibsi)
        {
            throw new ParameterException($"{parameters.Source}: voxel-based maps follow PyRadiomics; 'profile: ibsi' is not available in voxel mode.");
        }

        Parameters = parameters with { Settings = settings };
        _extractor = new RadiomicsExtractor(Parameters, context);
    }

    /// <summary>The parameters with the voxel settings applied (what the maps are computed with).</summary>
    public ExtractionParameters Parameters { get; }

    /// <summary>The threads the extraction runs on when a call gives no <c>maxThreads</c> of its own.</summary>
    public ExtractionContext Context => _extractor.Context;

    /// <summary>The settings the maps are computed with (<see cref="Parameters"/>' general settings).</summary>
    public RadiomicsSettings Settings => Parameters.Settings;

    /// <summary>The library version the maps are computed with (for provenance).</summary>
    public static string Version => Diagnostics.Version;

    /// <summary>All maps of an image and mask, in PyRadiomics' order (image type, then class, then feature).</summary>
    public IReadOnlyList<VoxelMap> Extract(ImageData image, ImageData mask, IReadOnlyCollection<string>? features = null,
        Action<VoxelProgress>? progress = null, int maxThreads = -1, CancellationToken cancellation = default)
    {
        var maps = new List<VoxelMap>();
        Extract(image, mask, maps.Add, features, progress, maxThreads, cancellation);
        return maps;
    }

    /// <summary>
    /// Computes the maps and hands each to <paramref name="sink"/> as soon as its image type is done, so only one image
    /// type's maps are held at a time. <paramref name="features"/> restricts the enabled features by class
    /// (<c>glcm</c>), feature (<c>firstorder_Mean</c>) or map name; <paramref name="maxThreads"/> ≤ 0 uses <see cref="Context"/>'s threads.
    /// </summary>
    public void Extract(ImageData image, ImageData mask, Action<VoxelMap> sink, IReadOnlyCollection<string>? features = null,
        Action<VoxelProgress>? progress = null, int maxThreads = -1, CancellationToken cancellation = default) =>
        ExtractWithRoi(image, mask, sink, features, progress, maxThreads, cancellation);

    /// <summary>
    /// <see cref="Extract(ImageData, ImageData, Action{VoxelMap}, IReadOnlyCollection{string}?, Action{VoxelProgress}?, int, CancellationToken)"/>,
    /// returning the ROI the maps cover, on the maps' grid: 1 at every voxel whose kernel values were computed (the ROI
    /// after re-segmentation), 0 where the maps hold <c>initValue</c>. Habitats cluster exactly these voxels.
    /// </summary>
    public Volume<byte> ExtractWithRoi(ImageData image, ImageData mask, Action<VoxelMap> sink, IReadOnlyCollection<string>? features = null,
        Action<VoxelProgress>? progress = null, int maxThreads = -1, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(sink);
        IReadOnlyList<FamilyPlan> plan = FeaturePlan.Resolve(Parameters).Where(p => !p.IsShape).ToArray();
        var selection = new VoxelFeatureSelection(features, plan);

        RadiomicsExtractor extractor = maxThreads > 0 ? _extractor.WithContext(new ExtractionContext(maxThreads) { Scheduler = Context.Scheduler }) : _extractor;
        var (prepared, region) = extractor.PrepareVoxel(image, mask, "mask");
        Volume<byte> roi = prepared.FeatureMask.Crop(region.Lower, region.Size);
        int imageIndex = 0;
        foreach (Filters.ImageTypes.DerivedImage derived in extractor.DerivedImages(prepared, region))
        {
            var families = new List<VoxelMapEngine.FamilyMaps>();
            foreach (FamilyPlan family in plan)
            {
                var selected = selection.Select(derived.Prefix, family);
                if (selected.Count == 0)
                {
                    continue;
                }

                var familyMaps = new Volume<double>[selected.Count];
                for (int f = 0; f < familyMaps.Length; f++)
                {
                    familyMaps[f] = new Volume<double>(derived.Image.Geometry);
                    familyMaps[f].Voxels.Fill(derived.Settings.Voxel.InitValue);
                }

                families.Add(new VoxelMapEngine.FamilyMaps(family.Family.Name, selected, familyMaps));
            }

            if (families.Count > 0)
            {
                // The discretisation stage, once per derived image, over the voxels a kernel may hold (every kernel gathers its voxels by grey level).
                Volume<byte> member = VoxelImage.KernelMembers(roi, derived.Settings);
                DiscretisedImage discretised = Discretisation.Discretise(derived.Image, member, derived.Settings);
                var voxelImage = new VoxelImage(derived.Image, roi, member, discretised, derived.Settings);
                long total = voxelImage.RoiPositions.Length;
                int index = imageIndex;
                progress?.Invoke(new VoxelProgress(derived.Prefix, index, 0, total));
                VoxelMapEngine.Run(voxelImage, families, extractor.Context,
                    progress is null ? null : done => progress(new VoxelProgress(derived.Prefix, index, done, total)), cancellation);
                foreach (VoxelMapEngine.FamilyMaps family in families)
                {
                    for (int f = 0; f < family.Features.Count; f++)
                    {
                        sink(new VoxelMap($"{derived.Prefix}_{family.Family}_{family.Features[f].Name}", family.Maps[f]));
                    }
                }
            }

            imageIndex++;
        }

        return roi;
    }

    /// <summary>Reads an image and a mask file and computes their maps.</summary>
    public IReadOnlyList<VoxelMap> Extract(string imagePath, string maskPath, IReadOnlyCollection<string>? features = null) =>
        Extract(ImageReader.Read(imagePath), ImageReader.Read(maskPath), features);
}
