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
/// Every setting of an extraction, with PyRadiomics' key names (in parameter files) and defaults.
/// Immutable and validated once when loaded (see <see cref="ParameterFile"/>); the algorithms read only this record.
/// A null value means "not set", as PyRadiomics' None.
/// </summary>
public sealed record RadiomicsSettings
{
    public static RadiomicsSettings Default { get; } = new();

    // --- general / profile ---------------------------------------------------------------------------------

    /// <summary><c>profile</c>: pyradiomics (default) or ibsi.</summary>
    public ComplianceProfile Profile { get; init; } = ComplianceProfile.PyRadiomics;

    /// <summary><c>additionalInfo</c>: emit the diagnostics_* entries.</summary>
    public bool AdditionalInfo { get; init; } = true;

    // --- mask -------------------------------------------------------------------------------------------------

    /// <summary><c>label</c>: the mask value that marks the ROI.</summary>
    public int Label { get; init; } = 1;

    /// <summary><c>label_channel</c>: the component of a vector mask that holds the labels.</summary>
    public int LabelChannel { get; init; }

    /// <summary><c>geometryTolerance</c>: how far image and mask geometry may differ; null uses ITK's default (1e-16 relative, effectively exact).</summary>
    public double? GeometryTolerance { get; init; }

    /// <summary><c>correctMask</c>: resample a mismatched mask onto the image grid (nearest neighbour) when it overlaps.</summary>
    public bool CorrectMask { get; init; }

    /// <summary><c>minimumROIDimensions</c>: 1, 2 or 3; the ROI must span at least this many dimensions.</summary>
    public int MinimumRoiDimensions { get; init; } = 2;

    /// <summary><c>minimumROISize</c>: the minimum number of ROI voxels, or null for no minimum.</summary>
    public int? MinimumRoiSize { get; init; }

    // --- resampling and cropping --------------------------------------------------------------------------------

    /// <summary><c>resampledPixelSpacing</c>: target spacing (a 0 keeps that axis), or null for no resampling.</summary>
    public IReadOnlyList<double>? ResampledPixelSpacing { get; init; }

    /// <summary><c>interpolator</c>: the image interpolator for resampling (SimpleITK name, default sitkBSpline).</summary>
    public Interpolator Interpolator { get; init; } = Interpolator.BSpline;

    /// <summary><c>padDistance</c>: voxels kept around the ROI when cropping for filtering.</summary>
    public int PadDistance { get; init; } = 5;

    /// <summary><c>preCrop</c>: crop to the ROI (plus padDistance) before resampling.</summary>
    public bool PreCrop { get; init; }

    // --- intensity -------------------------------------------------------------------------------------------------

    /// <summary><c>normalize</c>: z-score the image over the whole image.</summary>
    public bool Normalize { get; init; }

    /// <summary><c>normalizeScale</c>: factor applied after normalisation.</summary>
    public double NormalizeScale { get; init; } = 1;

    /// <summary><c>removeOutliers</c>: clip normalised values beyond this many standard deviations, or null.</summary>
    public double? RemoveOutliers { get; init; }

    /// <summary><c>resegmentRange</c>: one or two bounds, or null for no re-segmentation.</summary>
    public IReadOnlyList<double>? ResegmentRange { get; init; }

    /// <summary><c>resegmentMode</c>: absolute, relative or sigma.</summary>
    public ResegmentMode ResegmentMode { get; init; } = ResegmentMode.Absolute;

    /// <summary><c>resegmentShape</c>: let the shape features use the re-segmented mask too.</summary>
    public bool ResegmentShape { get; init; }

    // --- discretisation ----------------------------------------------------------------------------------------

    /// <summary><c>binWidth</c>: fixed bin width (ignored when binCount is set).</summary>
    public double BinWidth { get; init; } = 25;

    /// <summary><c>binCount</c>: fixed number of bins, or null to use binWidth.</summary>
    public int? BinCount { get; init; }

    /// <summary><c>binningOrigin</c> (Radiomics.NET): where fixed-bin-width edges start.</summary>
    public BinningOrigin BinningOrigin { get; init; } = BinningOrigin.PyRadiomics;

    // --- IBSI intensity-volume histogram (profile: ibsi) --------------------------------------------------------

    /// <summary><c>ivhIntensityUnits</c>: discrete (default), continuous or arbitrary; see <see cref="Configuration.IvhIntensityUnits"/>.</summary>
    public IvhIntensityUnits IvhIntensityUnits { get; init; } = IvhIntensityUnits.Discrete;

    /// <summary><c>ivhBinWidth</c>: IVH bin width in intensity units (discrete: default 1; continuous: required), or null.</summary>
    public double? IvhBinWidth { get; init; }

    /// <summary><c>ivhBinCount</c>: IVH bin count for arbitrary units (default 1000), or null.</summary>
    public int? IvhBinCount { get; init; }

    // --- first order -------------------------------------------------------------------------------------------

    /// <summary><c>voxelArrayShift</c>: added to intensities in Energy, TotalEnergy and RootMeanSquared.</summary>
    public double VoxelArrayShift { get; init; }

    // --- texture --------------------------------------------------------------------------------------------------

    /// <summary><c>distances</c>: neighbour distances for GLCM/GLDM/NGTDM (infinity norm), default [1].</summary>
    public IReadOnlyList<int> Distances { get; init; } = [1];

    /// <summary><c>force2D</c>: compute texture (and 2D shape) slice by slice.</summary>
    public bool Force2D { get; init; }

    /// <summary><c>force2Ddimension</c>: 0 = axial slices (z), 1 = coronal (y), 2 = sagittal (x).</summary>
    public int Force2DDimension { get; init; }

    /// <summary><c>symmetricalGLCM</c>: count co-occurrences in both directions.</summary>
    public bool SymmetricalGlcm { get; init; } = true;

    /// <summary><c>weightingNorm</c>: how GLCM directions are weighted.</summary>
    public WeightingNorm WeightingNorm { get; init; } = WeightingNorm.None;

    /// <summary><c>gldm_a</c>: coarseness parameter α of the GLDM dependence test.</summary>
    public double GldmA { get; init; }

    // --- filters ------------------------------------------------------------------------------------------------

    /// <summary><c>sigma</c>: LoG scales in mm.</summary>
    public IReadOnlyList<double> Sigma { get; init; } = [];

    /// <summary><c>wavelet</c>: pywt wavelet name.</summary>
    public string Wavelet { get; init; } = "coif1";

    /// <summary><c>start_level</c>: first wavelet level returned (0-based).</summary>
    public int WaveletStartLevel { get; init; }

    /// <summary><c>level</c>: number of wavelet levels computed.</summary>
    public int WaveletLevel { get; init; } = 1;

    /// <summary><c>gradientUseSpacing</c>: compute the gradient in physical units.</summary>
    public bool GradientUseSpacing { get; init; } = true;

    /// <summary>
    /// <c>filterRegion</c> (Radiomics.NET): roi (default) filters the ROI's bounding box plus each filter's reach;
    /// image filters the whole image as PyRadiomics (see <see cref="Configuration.FilterRegion"/>).
    /// </summary>
    public FilterRegion FilterRegion { get; init; } = FilterRegion.Roi;

    /// <summary><c>lbp2DRadius</c>.</summary>
    public double Lbp2DRadius { get; init; } = 1;

    /// <summary><c>lbp2DSamples</c>: 8, the default PyRadiomics' code applies (its docstring says 9).</summary>
    public int Lbp2DSamples { get; init; } = 8;

    /// <summary><c>lbp2DMethod</c>: scikit-image method name (default, ror, uniform, var).</summary>
    public string Lbp2DMethod { get; init; } = "uniform";

    /// <summary><c>lbp3DLevels</c>.</summary>
    public int Lbp3DLevels { get; init; } = 2;

    /// <summary><c>lbp3DIcosphereRadius</c>.</summary>
    public double Lbp3DIcosphereRadius { get; init; } = 1;

    /// <summary><c>lbp3DIcosphereSubdivision</c>.</summary>
    public int Lbp3DIcosphereSubdivision { get; init; } = 1;

    // --- IBSI 2 filter image types (docs/ibsi2-image-types.md) -------------------------------------------------

    /// <summary><c>ibsiFilterDimension</c>: 2D (slice by slice) or 3D application of the IBSI 2 image types.</summary>
    public Filters.Ibsi2.FilterDimension IbsiFilterDimension { get; init; } = Filters.Ibsi2.FilterDimension.Volume3D;

    /// <summary><c>ibsiPadding</c>: boundary mode of the IBSI 2 image types (zero, nearest, periodic, mirror).</summary>
    public Filters.Ibsi2.BoundaryMode IbsiPadding { get; init; } = Filters.Ibsi2.BoundaryMode.Mirror;

    /// <summary><c>ibsiMeanSupport</c>: mean filter window width M in voxels (odd).</summary>
    public int IbsiMeanSupport { get; init; } = 5;

    /// <summary><c>ibsiLoGSigma</c>: IBSI LoG scales σ in mm, one image each.</summary>
    public IReadOnlyList<double> IbsiLoGSigma { get; init; } = [1.5];

    /// <summary><c>ibsiLoGCutoff</c>: IBSI LoG kernel cut-off in units of σ.</summary>
    public double IbsiLoGCutoff { get; init; } = 4;

    /// <summary><c>lawsKernel</c>: Laws kernel combination in axis order, e.g. L5E5E5 (two names for 2D).</summary>
    public string LawsKernel { get; init; } = "L5E5E5";

    /// <summary><c>lawsEnergyDistance</c>: Chebyshev distance δ of the energy map; null for the plain response.</summary>
    public int? LawsEnergyDistance { get; init; } = 7;

    /// <summary><c>lawsRotationInvariance</c>: none, max or average pooling over right-angle rotations.</summary>
    public string LawsRotationInvariance { get; init; } = "max";

    /// <summary><c>gaborSigma</c>: Gabor envelope σ in mm.</summary>
    public double GaborSigma { get; init; } = 5;

    /// <summary><c>gaborLambda</c>: Gabor wavelength λ in mm.</summary>
    public double GaborLambda { get; init; } = 2;

    /// <summary><c>gaborGamma</c>: Gabor spatial aspect ratio γ.</summary>
    public double GaborGamma { get; init; } = 1.5;

    /// <summary><c>gaborTheta</c>: Gabor orientation θ in degrees.</summary>
    public double GaborTheta { get; init; }

    /// <summary><c>gaborThetaStep</c>: orientation step Δθ in degrees for orientation averaging; null for θ alone.</summary>
    public double? GaborThetaStep { get; init; } = 22.5;

    /// <summary><c>ibsiWavelet</c>: separable wavelet name (haar, db2, db3, coif1, …).</summary>
    public string IbsiWavelet { get; init; } = "db3";

    /// <summary><c>ibsiWaveletBand</c>: sub-band letters L/H in axis order (three in 3D, two in 2D).</summary>
    public string IbsiWaveletBand { get; init; } = "LLH";

    /// <summary><c>ibsiWaveletLevel</c>: undecimated decomposition level (≥ 1).</summary>
    public int IbsiWaveletLevel { get; init; } = 1;

    /// <summary><c>ibsiWaveletRotationInvariance</c>: none, max or average pooling over right-angle rotations.</summary>
    public string IbsiWaveletRotationInvariance { get; init; } = "average";

    /// <summary><c>simoncelliLevel</c>: Simoncelli wavelet decomposition level (≥ 1).</summary>
    public int SimoncelliLevel { get; init; } = 1;

    // --- voxel-based extraction ----------------------------------------------------------------------------------

    /// <summary><c>kernelRadius</c>: voxel-based kernel radius.</summary>
    public int KernelRadius { get; init; } = 1;

    /// <summary><c>maskedKernel</c>: restrict the kernel to ROI voxels.</summary>
    public bool MaskedKernel { get; init; } = true;

    /// <summary><c>initValue</c>: map value outside the ROI.</summary>
    public double InitValue { get; init; }

    /// <summary><c>voxelBatch</c>: accepted for compatibility; batching is internal.</summary>
    public int VoxelBatch { get; init; } = -1;

    // --- limits (not a parameter-file key) ------------------------------------------------------------------------

    /// <summary>
    /// The size limits the grids, bins, matrices and kernels these settings imply for a case are checked against
    /// (<see cref="IO.InputLimits.MaxVoxels"/>); set by the caller (the tool's <c>--max-voxels</c>), not by a parameter
    /// file, and not part of the settings' provenance text. See docs/limits.md.
    /// </summary>
    public IO.InputLimits Limits { get; init; } = IO.InputLimits.Default;

    /// <summary>The effective 2D flag: force2D, or an image with a single slice along the 2D dimension.</summary>
    public bool Is2D => Force2D;
}
