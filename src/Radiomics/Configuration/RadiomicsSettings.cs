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
    Manhattan,
    Euclidean,
    Infinity,

    /// <summary>All directions summed into one matrix with weight 1 ("no_weighting").</summary>
    NoWeighting,
}

/// <summary>How resegmentRange is interpreted, PyRadiomics' <c>resegmentMode</c>.</summary>
public enum ResegmentMode
{
    Absolute,
    Relative,
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
    NearestNeighbor,
    Linear,
    BSpline,
    Gaussian,
    LabelGaussian,
    HammingWindowedSinc,
    CosineWindowedSinc,
    WelchWindowedSinc,
    LanczosWindowedSinc,
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
    public static RadiomicsSettings Default { get; } = new();

    /// <summary><c>profile</c>: pyradiomics (default) or ibsi.</summary>
    public ComplianceProfile Profile { get; init; } = Keys.GeneralKeys.Profile.Default;

    public MaskSettings Mask { get; init; } = new();

    public ResamplingSettings Resampling { get; init; } = new();

    public NormalisationSettings Normalisation { get; init; } = new();

    public ResegmentationSettings Resegmentation { get; init; } = new();

    public DiscretisationSettings Discretisation { get; init; } = new();

    public FeatureSettings Features { get; init; } = new();

    public FilterSettings Filters { get; init; } = new();

    public Ibsi2FilterSettings Ibsi2Filters { get; init; } = new();

    /// <summary>Steps only <c>profile: ibsi</c> has.</summary>
    public IbsiSettings Ibsi { get; init; } = new();

    public VoxelSettings Voxel { get; init; } = new();

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
