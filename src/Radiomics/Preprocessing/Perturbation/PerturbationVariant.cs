using System.Globalization;
using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// One perturbed variant of a case: which noise draw, rotation, translation, volume adaptation and contour
/// randomisation it applies. Variant 0 is always the unperturbed image and ROI.
/// </summary>
/// <param name="Id">0 for the unperturbed variant, then 1, 2, … in the plan's order.</param>
/// <param name="NoiseRepetition">Which noise draw (1 … <c>noiseRepetitions</c>), 0 for none.</param>
/// <param name="Rotation">Degrees (<c>rotationAngles</c>).</param>
/// <param name="Translation">Fractions of a voxel along x, y, z (<c>translationFractions</c>).</param>
/// <param name="RoiAdaptSize">mm or volume fraction (<c>roiAdaptSizes</c>), 0 for none.</param>
/// <param name="Randomisation">Which contour randomisation (1 … <c>randomiseRoiRepetitions</c>), 0 for none.</param>
public sealed record PerturbationVariant(int Id, int NoiseRepetition, double Rotation, Vector3D Translation, double RoiAdaptSize, int Randomisation)
{
    /// <summary>The column names of <see cref="Columns"/>, in order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } =
    [
        "perturbation_Id", "perturbation_NoiseRepetition", "perturbation_NoiseLevel", "perturbation_Rotation",
        "perturbation_Translation", "perturbation_RoiAdaptSize", "perturbation_Randomisation", "perturbation_RoiAdaptDistance",
        "perturbation_RoiVoxelRatio",
    ];

    /// <summary>True for the unperturbed variant (every perturbation off).</summary>
    public bool IsUnperturbed => NoiseRepetition == 0 && Rotation == 0 && Translation == Vector3D.Zero && RoiAdaptSize == 0 && Randomisation == 0;

    /// <summary>
    /// The variant's table columns (<see cref="ColumnNames"/>): numbers in round-trip form, the translation as
    /// <c>x;y;z</c>, the noise level σ actually added (<paramref name="noiseLevel"/> for a noisy variant, else 0), and
    /// what the volume adaptation did — the distance applied in mm and the ROI's voxel count over the original's
    /// (<see cref="AdaptedRoi"/>; empty when the variant failed before it).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Columns(double noiseLevel, AdaptedRoi? adapted)
    {
        string[] values =
        [
            Text(Id), Text(NoiseRepetition), Text(NoiseRepetition == 0 ? 0 : noiseLevel), Text(Rotation),
            $"{Text(Translation.X)};{Text(Translation.Y)};{Text(Translation.Z)}", Text(RoiAdaptSize), Text(Randomisation),
            adapted is null ? "" : Text(adapted.DistanceMm), adapted is null ? "" : Text(adapted.VoxelRatio),
        ];
        return ColumnNames.Select((name, i) => KeyValuePair.Create(name, values[i])).ToArray();
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
