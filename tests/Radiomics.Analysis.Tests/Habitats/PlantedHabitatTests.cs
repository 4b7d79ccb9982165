using Radiomics.Analysis.Habitats;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Analysis.Tests.Habitats;

/// <summary>
/// The planted three-region phantom (planted fixture): habitats must find k = 3 and the planted regions (adjusted Rand
/// index ≥ 0.95 over the ROI voxels).
/// </summary>
public class PlantedHabitatTests
{
    private const string Folder = "analysis/regions/planted";

    [Fact]
    public void KMeans_PlainIntensities_SilhouetteFindsThreePlantedRegions()
    {
        (Volume<double> image, Volume<byte> roi, int[] planted) = Phantom();
        var features = VoxelFeatureMatrix.FromMaps([image], roi, ["intensity"]);
        HabitatClusteringResult result = HabitatClustering.Cluster(features, new HabitatClusteringOptions { MinimumClusters = 2, MaximumClusters = 6 });
        Assert.Equal(3, result.ClusterCount);
        Assert.True(AdjustedRandIndex.Compute(planted, result.Labels) >= 0.95);
        Assert.Equal(5, result.Scores.Count);
    }

    [Fact]
    public void KMeans_LocalMeanMap_SilhouetteFindsThreePlantedRegions()
    {
        (Volume<double> image, Volume<byte> roi, int[] planted) = Phantom();
        var features = VoxelFeatureMatrix.FromMaps([MaskedLocalMean(image, roi)], roi, ["local mean"]);
        HabitatClusteringResult result = HabitatClustering.Cluster(features, new HabitatClusteringOptions { MinimumClusters = 2, MaximumClusters = 6 });
        Assert.Equal(3, result.ClusterCount);
        Assert.True(AdjustedRandIndex.Compute(planted, result.Labels) >= 0.95);
    }

    [Fact]
    public void GaussianMixture_PlainIntensities_BicFindsThreePlantedRegions()
    {
        (Volume<double> image, Volume<byte> roi, int[] planted) = Phantom();
        var features = VoxelFeatureMatrix.FromMaps([image], roi, ["intensity"]);
        HabitatClusteringResult result = HabitatClustering.Cluster(features, new HabitatClusteringOptions
        {
            Algorithm = HabitatAlgorithm.GaussianMixture,
            Criterion = ClusterCountCriterion.Bic,
            MinimumClusters = 2,
            MaximumClusters = 6,
        });
        Assert.Equal(3, result.ClusterCount);
        Assert.True(AdjustedRandIndex.Compute(planted, result.Labels) >= 0.95);
    }

    [Fact]
    public void TwoStep_TwoPatients_SameHabitatsInBoth()
    {
        (Volume<double> image, Volume<byte> roi, int[] planted) = Phantom();
        var first = VoxelFeatureMatrix.FromMaps([image], roi);
        var second = VoxelFeatureMatrix.FromMaps([image.Map(v => v + 5.0)], roi);
        var options = new TwoStepHabitatOptions { Population = new HabitatClusteringOptions { MinimumClusters = 2, MaximumClusters = 6 } };
        TwoStepHabitatResult result = TwoStepHabitats.Fit([first, second], options);
        Assert.Equal(3, result.Model.HabitatCount);
        Assert.All(result.Habitats, labels => Assert.True(AdjustedRandIndex.Compute(planted, labels) >= 0.95));
        Assert.All(result.Supervoxels, labels => Assert.Equal(50, labels.Distinct().Count()));
        // The two patients' habitats agree voxel by voxel up to a few border voxels, with the same numbering.
        int agree = result.Habitats[0].Zip(result.Habitats[1]).Count(p => p.First == p.Second);
        Assert.True(agree >= 0.95 * planted.Length);
        // The model gives a new patient (here the first again) the habitats it was fitted with.
        (int[] supervoxels, int[] habitats) = result.Model.Assign(first);
        Assert.Equal(result.Supervoxels[0], supervoxels);
        Assert.Equal(result.Habitats[0], habitats);
        // Saved and read back as JSON, the model gives the same habitats.
        TwoStepHabitatModel reloaded = TwoStepHabitatModelJson.Read(TwoStepHabitatModelJson.Write(result.Model));
        Assert.Equal(result.Habitats[1], reloaded.Assign(second).Habitats);
        Assert.Throws<HabitatException>(() => TwoStepHabitatModelJson.Read("{\"format\": \"something else\"}"));
    }

    [Fact]
    public void HabitatClustering_SameWhateverTheThreadCount()
    {
        (Volume<double> image, Volume<byte> roi, _) = Phantom();
        var features = VoxelFeatureMatrix.FromMaps([image, MaskedLocalMean(image, roi)], roi);
        var options = new HabitatClusteringOptions { MinimumClusters = 2, MaximumClusters = 4, Seed = 9 };
        HabitatClusteringResult one = HabitatClustering.Cluster(features, options, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        HabitatClusteringResult many = HabitatClustering.Cluster(features, options, new ParallelOptions { MaxDegreeOfParallelism = 4 });
        Assert.Equal(one.Labels, many.Labels);
        Assert.Equal(one.Scores.Select(s => s.Silhouette), many.Scores.Select(s => s.Silhouette));
    }

    private static (Volume<double> Image, Volume<byte> Roi, int[] Planted) Phantom()
    {
        Volume<double> image = ImageReader.Read(TestData.Require($"{Folder}/image.nii.gz")).ToDoubleVolume();
        Volume<byte> roi = HabitatFixtures.LabelMap($"{Folder}/mask.nii.gz");
        Volume<byte> planted = HabitatFixtures.LabelMap($"{Folder}/planted_labels.nii.gz");
        int[] labels = [.. Enumerable.Range(0, roi.Length).Where(v => roi.Voxels[v] != 0).Select(v => (int)planted.Voxels[v])];
        return (image, roi, labels);
    }

    /// <summary>The mean over the ROI voxels of each voxel's 3 × 3 × 3 neighbourhood (a firstorder Mean map, kernel radius 1, masked).</summary>
    private static Volume<double> MaskedLocalMean(Volume<double> image, Volume<byte> roi)
    {
        var result = new Volume<double>(image.Geometry);
        Size3 s = image.Size;
        for (int z = 0; z < s.Z; z++)
        {
            for (int y = 0; y < s.Y; y++)
            {
                for (int x = 0; x < s.X; x++)
                {
                    double sum = 0;
                    int count = 0;
                    for (int dz = -1; dz <= 1; dz++)
                    {
                        for (int dy = -1; dy <= 1; dy++)
                        {
                            for (int dx = -1; dx <= 1; dx++)
                            {
                                var at = new Index3(x + dx, y + dy, z + dz);
                                if (s.Contains(at) && roi[at] != 0)
                                {
                                    sum += image[at];
                                    count++;
                                }
                            }
                        }
                    }

                    result[x, y, z] = count > 0 ? sum / count : 0;
                }
            }
        }

        return result;
    }
}
