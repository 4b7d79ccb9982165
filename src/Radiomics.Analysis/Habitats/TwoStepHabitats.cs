namespace Radiomics.Analysis.Habitats;

/// <summary>
/// The two-step (population) habitat scheme of HABIT (lichao312214129/HABIT): (1) per patient, k-means splits the ROI
/// into supervoxels (on the patient's voxels, z-scored per patient by default); (2) the supervoxels' mean feature
/// vectors — means of the features as given, not of the scaled ones, so patients keep their level — of every patient
/// are pooled, scaled over the population and clustered once (k chosen by <see cref="HabitatClustering"/>); every voxel
/// takes its supervoxel's habitat. The habitats are the same across patients (habitat 2 means the same in all).
/// </summary>
public static class TwoStepHabitats
{
    /// <summary>Fits the scheme to a cohort (one feature matrix per patient, same features) and labels every voxel.</summary>
    /// <exception cref="HabitatException">Invalid options, no patients, differing features, non-finite values.</exception>
    public static TwoStepHabitatResult Fit(IReadOnlyList<VoxelFeatureMatrix> patients, TwoStepHabitatOptions options, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (patients.Count == 0)
        {
            throw new HabitatException("two-step habitats: no patients.");
        }

        int columns = patients[0].Columns;
        ParallelOptions threads = ParallelDefaults.OrDefault(parallel);
        var warnings = new List<string>();
        var supervoxels = new List<int[]>();
        var meanRows = new List<double[]>();
        var owners = new List<(int Patient, int Supervoxel)>();
        for (int p = 0; p < patients.Count; p++)
        {
            if (patients[p].Columns != columns)
            {
                throw new HabitatException($"two-step habitats: patient {p + 1} has {patients[p].Columns} features, patient 1 has {columns}.");
            }

            patients[p].RequireFinite($"two-step habitats, patient {p + 1}");
            (int[] labels, VoxelFeatureMatrix means, int[] present) = Supervoxels(patients[p], options, threads, warnings, p + 1);
            supervoxels.Add(labels);
            for (int s = 0; s < means.Rows; s++)
            {
                meanRows.Add(means.Row(s).ToArray());
                owners.Add((p, present[s]));
            }
        }

        var pooled = VoxelFeatureMatrix.FromRows(meanRows, patients[0].FeatureNames);
        HabitatClusteringResult population = HabitatClustering.Cluster(pooled, options.Population, threads);
        warnings.AddRange(population.Warnings.Select(w => $"population step: {w}"));
        var model = new TwoStepHabitatModel(
            options,
            population.ClusterCount,
            population.Scaling,
            population.KMeans?.Centres,
            population.Mixture);
        var habitatOf = supervoxels.Select(labels => new int[labels.Length == 0 ? 0 : labels.Max() + 1]).ToArray();
        for (int r = 0; r < owners.Count; r++)
        {
            habitatOf[owners[r].Patient][owners[r].Supervoxel] = population.Labels[r];
        }

        var habitats = supervoxels.Select((labels, p) => labels.Select(s => habitatOf[p][s]).ToArray()).ToArray();
        return new TwoStepHabitatResult(model, supervoxels, habitats, population.Scores, warnings);
    }

    /// <summary>
    /// A patient's supervoxels: the per-voxel supervoxel (0-based), the unscaled mean feature vector of every non-empty
    /// supervoxel, and which supervoxel each mean row belongs to.
    /// </summary>
    internal static (int[] Labels, VoxelFeatureMatrix Means, int[] Present) Supervoxels(
        VoxelFeatureMatrix patient, TwoStepHabitatOptions options, ParallelOptions threads, List<string>? warnings, int number = 0)
    {
        if (patient.Rows == 0)
        {
            throw new HabitatException($"two-step habitats: patient {number} has no voxels.");
        }

        int k = Math.Min(options.SupervoxelsPerPatient, patient.Rows);
        if (k < options.SupervoxelsPerPatient)
        {
            warnings?.Add($"patient {number}: {patient.Rows} voxels, fewer than {options.SupervoxelsPerPatient} supervoxels; one supervoxel per voxel.");
        }

        VoxelFeatureMatrix data = options.PatientScaling == FeatureScaling.ZScore ? ZScoreScaling.Fit(patient).Apply(patient) : patient;
        KMeansResult fit = KMeans.Fit(data, new KMeansOptions
        {
            ClusterCount = k,
            Starts = options.SupervoxelStarts,
            MaxIterations = options.SupervoxelMaxIterations,
            Tolerance = options.SupervoxelTolerance,
            Seed = options.Seed,
        }, threads);
        int p = patient.Columns;
        var sums = new double[k * p];
        var counts = new int[k];
        for (int i = 0; i < patient.Rows; i++)
        {
            int s = fit.Labels[i];
            counts[s]++;
            ReadOnlySpan<double> row = patient.Row(i);
            for (int c = 0; c < p; c++)
            {
                sums[s * p + c] += row[c];
            }
        }

        int[] present = [.. Enumerable.Range(0, k).Where(s => counts[s] > 0)];
        var means = new double[present.Length * p];
        for (int r = 0; r < present.Length; r++)
        {
            for (int c = 0; c < p; c++)
            {
                means[r * p + c] = sums[present[r] * p + c] / counts[present[r]];
            }
        }

        return (fit.Labels, new VoxelFeatureMatrix(present.Length, p, means, patient.FeatureNames), present);
    }
}
