using BenchmarkDotNet.Attributes;
using Radiomics.Analysis.Habitats;

namespace Radiomics.Benchmarks.Regions;

/// <summary>
/// Habitat clustering on a synthetic 125,256 × 10 voxel-feature matrix (the CT phantom ROI's size): the two-step scheme
/// for one patient (issue budget: ≤ 5 s on 2 cores) and the one-step scheme. `quick habitats` gives the parts.
/// </summary>
[MemoryDiagnoser]
public class HabitatBenchmarks
{
    private VoxelFeatureMatrix _features = null!;

    [GlobalSetup]
    public void Setup() => _features = SyntheticVoxelFeatures.Create();

    [Benchmark]
    public int TwoStep() => TwoStepHabitats.Fit([_features], new TwoStepHabitatOptions()).Model.HabitatCount;

    [Benchmark]
    public int OneStep() => HabitatClustering.Cluster(_features, new HabitatClusteringOptions()).ClusterCount;
}
