using Radiomics.Configuration.Perturbation;
using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// The variants of one case: variant 0 unperturbed, then every combination of the settings' lists in MIRP's order of
/// the steps — noise draw, rotation, translation (x, then y, then z, each in list order), volume adaptation, contour
/// randomisation — the last varying fastest. A combination with every perturbation off is variant 0 itself.
/// </summary>
/// <remarks>
/// The <see cref="Chain"/> is what Zwanenburg et al. (2019) compute the ICC over: the combinations of the lists. The
/// unperturbed variant belongs to it only when it is one of the combinations (no noise, no randomisation, and 0 in
/// every list); otherwise it is reported as a reference row but is not a rater.
/// </remarks>
public sealed class PerturbationPlan
{
    /// <param name="settings">The lists to combine.</param>
    /// <param name="translatable">Per axis, whether translations apply (false where the ROI is one voxel thick: only 0 then).</param>
    public PerturbationPlan(PerturbationSettings settings, IReadOnlyList<bool> translatable)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(translatable);
        Settings = settings;
        var variants = new List<PerturbationVariant> { new(0, 0, 0, Vector3D.Zero, 0, 0) };
        bool referenceInChain = false;
        int[] noise = settings.NoiseRepetitions > 0 ? Enumerable.Range(1, settings.NoiseRepetitions).ToArray() : [0];
        int[] randomisations = settings.RandomiseRoiRepetitions > 0 ? Enumerable.Range(1, settings.RandomiseRoiRepetitions).ToArray() : [0];
        foreach (int draw in noise)
        {
            foreach (double rotation in settings.RotationAngles)
            {
                foreach (Vector3D translation in Translations(settings.TranslationFractions, translatable))
                {
                    foreach (double size in settings.RoiAdaptSizes)
                    {
                        foreach (int randomisation in randomisations)
                        {
                            var variant = new PerturbationVariant(variants.Count, draw, rotation, translation, size, randomisation);
                            if (variant.IsUnperturbed)
                            {
                                referenceInChain = true;
                                continue;
                            }

                            variants.Add(variant);
                        }
                    }
                }
            }
        }

        Variants = variants;
        ReferenceInChain = referenceInChain;
        var groups = new List<(int First, int Count)>();
        for (int i = 0; i < variants.Count; i++)
        {
            bool sameImage = i > 1 && variants[i].NoiseRepetition == variants[i - 1].NoiseRepetition
                && variants[i].Rotation == variants[i - 1].Rotation && variants[i].Translation == variants[i - 1].Translation;
            if (sameImage)
            {
                groups[^1] = (groups[^1].First, groups[^1].Count + 1);
            }
            else
            {
                groups.Add((i, 1));
            }
        }

        ImageGroups = groups;
    }

    /// <summary>The perturbation settings the plan was made from.</summary>
    public PerturbationSettings Settings { get; }

    /// <summary>Every variant, the unperturbed one first (index = <see cref="PerturbationVariant.Id"/>).</summary>
    public IReadOnlyList<PerturbationVariant> Variants { get; }

    /// <summary>Whether the unperturbed variant is one of the combinations (and so a rater).</summary>
    public bool ReferenceInChain { get; }

    /// <summary>
    /// Runs of consecutive variants built on the same image (noise draw, rotation and translation), in order; variant 0
    /// alone first. Running a run on one thread lets the image be made once and dropped as soon as the run is done.
    /// </summary>
    public IReadOnlyList<(int First, int Count)> ImageGroups { get; }

    /// <summary>The variants the robustness statistics use as raters.</summary>
    public IEnumerable<PerturbationVariant> Chain => ReferenceInChain ? Variants : Variants.Skip(1);

    /// <summary>The translations: every combination of the fractions along the translatable axes (x slowest).</summary>
    private static IEnumerable<Vector3D> Translations(IReadOnlyList<double> fractions, IReadOnlyList<bool> translatable)
    {
        IReadOnlyList<double> Along(int axis) => translatable[axis] ? fractions : [0];
        foreach (double x in Along(0).Distinct())
        {
            foreach (double y in Along(1).Distinct())
            {
                foreach (double z in Along(2).Distinct())
                {
                    yield return new Vector3D(x, y, z);
                }
            }
        }
    }
}
