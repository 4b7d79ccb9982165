namespace Radiomics.Configuration;

/// <summary>Which reference a run follows where PyRadiomics and IBSI differ.</summary>
public enum ComplianceProfile
{
    /// <summary>PyRadiomics 3.1 semantics and feature names (the default).</summary>
    PyRadiomics,

    /// <summary>IBSI chapter 1 semantics and reference tags.</summary>
    Ibsi,
}

/// <summary>GLCM weighting over distances/directions, PyRadiomics' <c>weightingNorm</c>.</summary>
public enum WeightingNorm
{
    /// <summary>No weighting: one matrix per direction, features averaged over directions (PyRadiomics' default).</summary>
    None,
    /// <summary>Directions weighted by ‖d‖₁, the Manhattan length of their offset in mm (GLCM: exp(−‖d‖²); GLRLM: ‖d‖), then summed.</summary>
    Manhattan,
    /// <summary>Directions weighted by ‖d‖₂, the Euclidean length of their offset in mm (GLCM: exp(−‖d‖²); GLRLM: ‖d‖), then summed.</summary>
    Euclidean,
    /// <summary>Directions weighted by ‖d‖∞, the Chebyshev length of their offset in mm (GLCM: exp(−‖d‖²); GLRLM: ‖d‖), then summed.</summary>
    Infinity,

    /// <summary>All directions summed into one matrix with weight 1 ("no_weighting").</summary>
    NoWeighting,
}

/// <summary>How resegmentRange is interpreted, PyRadiomics' <c>resegmentMode</c>.</summary>
public enum ResegmentMode
{
    /// <summary>The range is in image intensities.</summary>
    Absolute,
    /// <summary>The range is fractions of the ROI maximum (t · max).</summary>
    Relative,
    /// <summary>The range is ROI standard deviations from the ROI mean (mean + t · σ, population σ).</summary>
    Sigma,
}

/// <summary>Where fixed-bin-width discretisation puts its first bin edge.</summary>
public enum BinningOrigin
{
    /// <summary>PyRadiomics: edges at multiples of the bin width (<c>floor(min / w) · w</c>).</summary>
    PyRadiomics,

    /// <summary>IBSI fixed bin size: the first bin starts at the re-segmentation lower bound, else the ROI minimum.</summary>
    Ibsi,
}

/// <summary>Image interpolators, with SimpleITK's names in parameter files.</summary>
public enum Interpolator
{
    /// <summary>sitkNearestNeighbor: the value of the nearest voxel.</summary>
    NearestNeighbor,
    /// <summary>sitkLinear: trilinear interpolation.</summary>
    Linear,
    /// <summary>sitkBSpline: cubic B-spline interpolation (PyRadiomics' default).</summary>
    BSpline,
    /// <summary>sitkGaussian: Gaussian-weighted interpolation.</summary>
    Gaussian,
    /// <summary>sitkLabelGaussian: Gaussian interpolation of label images.</summary>
    LabelGaussian,
    /// <summary>sitkHammingWindowedSinc: windowed sinc, Hamming window.</summary>
    HammingWindowedSinc,
    /// <summary>sitkCosineWindowedSinc: windowed sinc, cosine window.</summary>
    CosineWindowedSinc,
    /// <summary>sitkWelchWindowedSinc: windowed sinc, Welch window.</summary>
    WelchWindowedSinc,
    /// <summary>sitkLanczosWindowedSinc: windowed sinc, Lanczos window.</summary>
    LanczosWindowedSinc,
    /// <summary>sitkBlackmanWindowedSinc: windowed sinc, Blackman window.</summary>
    BlackmanWindowedSinc,
}

/// <summary>
/// Every setting of an extraction, one immutable record per stage of the pipeline (mask, resampling, normalisation,
/// re-segmentation, discretisation, features, filters, IBSI 2 filters, IBSI-only steps, voxel maps, output), bound
/// once from a parameter file by the key table (<see cref="Keys.SettingKeys"/>: PyRadiomics' key names, defaults,
/// allowed values) and validated there; the algorithms read only these records. Null means "not set", as PyRadiomics'
/// None. Equal settings are equal records (lists compare by value).
/// </summary>
public sealed record RadiomicsSettings
{
    /// <summary>PyRadiomics' defaults for every setting.</summary>
    public static RadiomicsSettings Default { get; } = new();

    /// <summary><c>profile</c>: pyradiomics (default) or ibsi.</summary>
    public ComplianceProfile Profile { get; init; } = Keys.GeneralKeys.Profile.Default;

    /// <summary>Which label of the mask is the ROI, and the ROI checks (<c>label</c>, <c>minimumROIDimensions</c>…).</summary>
    public MaskSettings Mask { get; init; } = new();

    /// <summary>Resampling: spacing, interpolator, padding (<c>resampledPixelSpacing</c>, <c>interpolator</c>…).</summary>
    public ResamplingSettings Resampling { get; init; } = new();

    /// <summary>Intensity normalisation (<c>normalize</c>, <c>normalizeScale</c>, <c>removeOutliers</c>).</summary>
    public NormalisationSettings Normalisation { get; init; } = new();

    /// <summary>Re-segmentation by intensity (<c>resegmentRange</c>, <c>resegmentMode</c>, <c>resegmentShape</c>).</summary>
    public ResegmentationSettings Resegmentation { get; init; } = new();

    /// <summary>Grey-level discretisation (<c>binWidth</c>, <c>binCount</c>…).</summary>
    public DiscretisationSettings Discretisation { get; init; } = new();

    /// <summary>What the feature classes read (<c>force2D</c>, <c>distances</c>, <c>symmetricalGLCM</c>, <c>weightingNorm</c>…).</summary>
    public FeatureSettings Features { get; init; } = new();

    /// <summary>The PyRadiomics image types' settings (<c>sigma</c>, <c>wavelet</c>, <c>lbp*</c>…).</summary>
    public FilterSettings Filters { get; init; } = new();

    /// <summary>The IBSI 2 image types' settings (<c>ibsi*</c>, <c>laws*</c>, <c>gabor*</c>…).</summary>
    public Ibsi2FilterSettings Ibsi2Filters { get; init; } = new();

    /// <summary>Steps only <c>profile: ibsi</c> has.</summary>
    public IbsiSettings Ibsi { get; init; } = new();

    /// <summary>Voxel-based extraction (<c>kernelRadius</c>, <c>maskedKernel</c>, <c>voxelBatch</c>…).</summary>
    public VoxelSettings Voxel { get; init; } = new();

    /// <summary>What the output records (<c>additionalInfo</c>…).</summary>
    public OutputSettings Output { get; init; } = new();

    /// <summary>
    /// The size limits the grids, bins, matrices and kernels these settings imply for a case are checked against
    /// (<see cref="IO.InputLimits.MaxVoxels"/>); set by the caller (the tool's <c>--max-voxels</c>), not by a parameter
    /// file, and not part of the settings' provenance text. See docs/limits.md.
    /// </summary>
    public IO.InputLimits Limits { get; init; } = IO.InputLimits.Default;

    /// <summary>The effective 2D flag: force2D.</summary>
    public bool Is2D => Features.Force2D;
}
