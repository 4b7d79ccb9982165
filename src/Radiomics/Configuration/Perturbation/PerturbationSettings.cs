using System.Globalization;

namespace Radiomics.Configuration.Perturbation;

/// <summary>
/// The <c>perturbation:</c> section of a parameter file: which perturbed variants of an image and its ROI
/// <c>radiomics perturb</c> and <c>radiomics robustness</c> extract (Zwanenburg et al. 2019; MIRP's perturbation
/// settings). Every combination of the lists is one variant, as in MIRP. Immutable; <see cref="Validate"/> checks it
/// once (the binder calls it at load).
/// </summary>
public sealed record PerturbationSettings
{
    /// <summary>No perturbation: one variant, the image as it is.</summary>
    public static PerturbationSettings None { get; } = new();

    /// <summary><c>noiseRepetitions</c>: how many noisy copies of the image (0: no noise). MIRP: <c>noise_repetitions</c>.</summary>
    public int NoiseRepetitions { get; init; }

    /// <summary>
    /// <c>noiseLevel</c>: the standard deviation σ of the added Gaussian noise in image units, or null to estimate the
    /// image's own noise (<see cref="Filters.Wavelets.NoiseEstimation.ChangSigma(Radiomics.Imaging.Volume{double}, ParallelOptions)"/>), as MIRP's <c>noise_level</c>.
    /// </summary>
    public double? NoiseLevel { get; init; }

    /// <summary><c>rotationAngles</c>: degrees, each a rotation of the sampling grid in the axial plane about the image centre. MIRP: <c>rotation_angles</c>.</summary>
    public IReadOnlyList<double> RotationAngles { get; init; } = [0];

    /// <summary>
    /// <c>translationFractions</c>: shifts of the sampling grid in fractions of a voxel, in [0, 1); every combination
    /// along x, y and z is a translation (along an axis on which the ROI is one voxel thick, only 0). MIRP: <c>translation_fraction</c>.
    /// </summary>
    public IReadOnlyList<double> TranslationFractions { get; init; } = [0];

    /// <summary><c>roiAdaptType</c>: distance (sizes in mm) or fraction (sizes as volume fractions). MIRP: <c>roi_adapt_type</c>.</summary>
    public RoiAdaptType RoiAdaptType { get; init; } = RoiAdaptType.Distance;

    /// <summary><c>roiAdaptSizes</c>: growths (positive) and shrinks (negative) of the ROI, mm or fractions; 0 keeps it. MIRP: <c>roi_adapt_size</c>.</summary>
    public IReadOnlyList<double> RoiAdaptSizes { get; init; } = [0];

    /// <summary><c>roiAdaptMaxErosion</c>: a shrink by distance keeps at least this fraction of the ROI's voxels (0 &lt; v ≤ 1; default 0.8). MIRP: <c>roi_adapt_max_erosion</c>.</summary>
    public double RoiAdaptMaxErosion { get; init; } = 0.8;

    /// <summary><c>randomiseRoiRepetitions</c>: how many supervoxel randomisations of the contour (0: none). MIRP: <c>roi_random_rep</c>.</summary>
    public int RandomiseRoiRepetitions { get; init; }

    /// <summary><c>seed</c>: the seed of every random draw (noise and contour randomisation); an integer ≥ 0, default 0.</summary>
    public long Seed { get; init; }

    /// <summary>
    /// The number of combinations of the lists, translations counted along all three axes (an upper bound: an axis the
    /// ROI is one voxel thick along is not translated, see <see cref="Preprocessing.Perturbation.PerturbationPlan"/>).
    /// </summary>
    public long CombinationCount =>
        (long)Math.Max(1, NoiseRepetitions) * RotationAngles.Count * TranslationFractions.Count * TranslationFractions.Count
        * TranslationFractions.Count * RoiAdaptSizes.Count * Math.Max(1, RandomiseRoiRepetitions);

    /// <summary>The most variants one case may have.</summary>
    public const long MaximumVariants = 100_000;

    /// <summary>Checks every value; the message names the key and what is allowed.</summary>
    /// <exception cref="ParameterException">A value out of range, a list that is empty or repeats a value, or too many variants.</exception>
    public void Validate(string where)
    {
        Check(NoiseRepetitions >= 0, where, "noiseRepetitions", NoiseRepetitions, "an integer ≥ 0");
        Check(NoiseLevel is null || (NoiseLevel >= 0 && double.IsFinite(NoiseLevel.Value)), where, "noiseLevel", NoiseLevel, "a number ≥ 0 (σ in image units), or null to estimate it from the image");
        CheckList(RotationAngles, where, "rotationAngles", v => double.IsFinite(v) && Math.Abs(v) <= 360, "a list of angles in degrees from -360 to 360");
        CheckList(TranslationFractions, where, "translationFractions", v => v >= 0 && v < 1, "a list of fractions of a voxel from 0 to below 1");
        string sizes = RoiAdaptType == RoiAdaptType.Distance ? "a list of distances in mm (negative shrinks)" : "a list of volume fractions above -1 (negative shrinks)";
        CheckList(RoiAdaptSizes, where, "roiAdaptSizes", v => double.IsFinite(v) && (RoiAdaptType == RoiAdaptType.Distance || v > -1), sizes);
        Check(RoiAdaptMaxErosion > 0 && RoiAdaptMaxErosion <= 1, where, "roiAdaptMaxErosion", RoiAdaptMaxErosion, "a number above 0 and at most 1");
        Check(RandomiseRoiRepetitions >= 0, where, "randomiseRoiRepetitions", RandomiseRoiRepetitions, "an integer ≥ 0");
        Check(Seed >= 0, where, "seed", Seed, "an integer ≥ 0");
        if (CombinationCount > MaximumVariants)
        {
            throw new ParameterException(
                $"{where}: the perturbation lists combine into {CombinationCount} variants per case; at most {MaximumVariants} are allowed.");
        }
    }

    private static void Check(bool ok, string where, string key, object? value, string allowed)
    {
        if (!ok)
        {
            throw new ParameterException($"{where}: '{key}' has value {Format(value)}; allowed: {allowed}.");
        }
    }

    private static void CheckList(IReadOnlyList<double> values, string where, string key, Func<double, bool> valid, string allowed)
    {
        if (values is null || values.Count == 0)
        {
            throw new ParameterException($"{where}: '{key}' is empty; allowed: {allowed}.");
        }

        foreach (double value in values)
        {
            Check(valid(value), where, key, value, allowed);
        }

        if (values.Distinct().Count() != values.Count)
        {
            double repeated = values.GroupBy(v => v).First(g => g.Count() > 1).Key;
            throw new ParameterException($"{where}: '{key}' lists {Format(repeated)} twice; each value makes its own variants.");
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
