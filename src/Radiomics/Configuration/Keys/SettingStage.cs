namespace Radiomics.Configuration.Keys;

/// <summary>The stage of the pipeline a setting belongs to: the settings record that holds it, and its docs section.</summary>
internal enum SettingStage
{
    /// <summary>Which reference the run follows (<see cref="RadiomicsSettings.Profile"/>).</summary>
    Profile,

    /// <summary><see cref="MaskSettings"/>: which label is the ROI, geometry checks, ROI size checks.</summary>
    Mask,

    /// <summary><see cref="ResamplingSettings"/>: resampling and cropping.</summary>
    Resampling,

    /// <summary><see cref="NormalisationSettings"/>: z-score normalisation of the image.</summary>
    Normalisation,

    /// <summary><see cref="ResegmentationSettings"/>: re-segmentation of the ROI by intensity.</summary>
    Resegmentation,

    /// <summary><see cref="DiscretisationSettings"/>: grey-level discretisation.</summary>
    Discretisation,

    /// <summary><see cref="FeatureSettings"/>: first-order and texture feature options.</summary>
    Features,

    /// <summary><see cref="FilterSettings"/>: the PyRadiomics image types (filters) and where filters run.</summary>
    Filters,

    /// <summary><see cref="Ibsi2FilterSettings"/>: the IBSI 2 image types.</summary>
    Ibsi2Filters,

    /// <summary><see cref="IbsiSettings"/>: steps only <c>profile: ibsi</c> has (the intensity-volume histogram, outlier filtering).</summary>
    Ibsi,

    /// <summary><see cref="VoxelSettings"/>: voxel-based extraction (maps).</summary>
    Voxel,

    /// <summary><see cref="OutputSettings"/>: what the result holds besides features.</summary>
    Output,

    /// <summary>Accepted for compatibility with PyRadiomics parameter files; changes nothing and is not recorded.</summary>
    Compatibility,
}
