using BenchmarkDotNet.Attributes;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Benchmarks.Regions;

/// <summary>
/// Region operations on the IBSI CT phantom's ROI (the mask on its whole grid, as a caller holds it): a 5 mm ring (the
/// issue's budget: ≤ 50 ms), a 5 mm inner rim, and the distance transform alone on the ROI's box grown by 5 mm. For a
/// quicker figure use `quick regions` (<see cref="RegionTimings"/>).
/// </summary>
[MemoryDiagnoser]
public class RingBenchmarks
{
    private Volume<byte> _roi = null!;
    private Volume<byte> _box = null!;

    [GlobalSetup]
    public void Setup()
    {
        _roi = ImageReader.Read(BenchData.CtPhantomMask).ToBinaryMask(1);
        _box = RegionTimings.RoiBoxGrownBy(_roi, 5.0);
    }

    [Benchmark]
    public int Ring5mm() => RoiOperations.Ring(_roi, 5.0).VoxelCount;

    [Benchmark]
    public int InnerRim5mm() => RoiOperations.InnerRim(_roi, 5.0).VoxelCount;

    [Benchmark]
    public double DistanceTransformOnTheBox() => DistanceTransform.SquaredDistances(_box, DistanceTarget.Inside)[0, 0, 0];
}
