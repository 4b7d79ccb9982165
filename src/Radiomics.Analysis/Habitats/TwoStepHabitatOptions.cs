namespace Radiomics.Analysis.Habitats;

/// <summary>
/// Settings of the two-step (population) habitat scheme of HABIT (lichao312214129/HABIT, <c>clustering_mode: two_step</c>):
/// per patient, k-means supervoxels; then one clustering of every patient's supervoxel means.
/// </summary>
public sealed record TwoStepHabitatOptions
{
    /// <summary>Supervoxels per patient (HABIT's default 50); a patient with fewer voxels gets one supervoxel per voxel.</summary>
    public int SupervoxelsPerPatient { get; init; } = 50;

    /// <summary>How each patient's voxels are scaled before the supervoxel k-means (default: z-scored per patient).</summary>
    public FeatureScaling PatientScaling { get; init; } = FeatureScaling.ZScore;

    /// <summary>k-means++ starts for the supervoxels.</summary>
    public int SupervoxelStarts { get; init; } = 1;

    /// <summary>The most k-means passes for the supervoxels.</summary>
    public int SupervoxelMaxIterations { get; init; } = 300;

    /// <summary>scikit-learn's centre-shift tolerance for the supervoxels (<see cref="KMeansOptions.Tolerance"/>).</summary>
    public double SupervoxelTolerance { get; init; } = 1e-4;

    /// <summary>
    /// The population clustering of the supervoxel means (algorithm, k or its range and criterion, scaling: z-scoring
    /// there uses the mean and population SD over every patient's supervoxels).
    /// </summary>
    public HabitatClusteringOptions Population { get; init; } = new();

    /// <summary>The supervoxel k-means seed; every patient uses it, so a patient's supervoxels do not depend on the others.</summary>
    public ulong Seed { get; init; }

    /// <summary>Throws a <see cref="HabitatException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (SupervoxelsPerPatient < 1 || SupervoxelStarts < 1 || SupervoxelMaxIterations < 1 || !(SupervoxelTolerance >= 0))
        {
            throw new HabitatException($"two-step habitats: SupervoxelsPerPatient ({SupervoxelsPerPatient}), SupervoxelStarts and SupervoxelMaxIterations must be ≥ 1, SupervoxelTolerance ≥ 0.");
        }

        ArgumentNullException.ThrowIfNull(Population);
        Population.Validate();
    }
}
