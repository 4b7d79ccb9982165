using Radiomics.Configuration;
using Radiomics.Filters.Gradient;
using Radiomics.Filters.IntensityTransforms;
using Radiomics.Filters.LaplacianOfGaussian;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing.Resampling;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Filters;

/// <summary>
/// End-to-end check of resampling + filters against PyRadiomics 3.1 on the IBSI CT phantom
/// (ct-phantom-filters: 1 mm B-spline, label 1, padDistance 5): first-order statistics that need no
/// discretisation (mean, minimum, maximum over the ROI) and the ROI voxel count.
/// </summary>
public class CtPhantomFilterParityTests
{
    private const double Relative = 1e-6;

    private static readonly Lazy<ResampledImageAndMask> Resampled = new(() =>
    {
        ImageData image = ImageReader.Read(TestData.IbsiCtPhantomImage);
        ImageData mask = ImageReader.Read(TestData.IbsiCtPhantomMask);
        var settings = RadiomicsSettings.Default with { Resampling = new ResamplingSettings { Spacing = [1.0, 1.0, 1.0], Interpolator = Interpolator.BSpline } };
        return Resampler.ResampleImageAndMask(image.ToDoubleVolume(), mask.ToBinaryMask(1), settings, image.VoxelType);
    });

    private static IReadOnlyDictionary<string, double> Reference() =>
        ParityReference.Read(TestData.Require("pyradiomics-parity/ct-phantom-filters.pyradiomics.json"));

    [Fact]
    public void Resampling_RoiVoxelCountAndOriginalStatistics_MatchPyRadiomics()
    {
        IReadOnlyDictionary<string, double> reference = Reference();
        ResampledImageAndMask r = Resampled.Value;
        double[] roi = RoiValues(r.Image, r.Mask);
        Assert.Equal(reference["original_shape_VoxelVolume"], roi.Length * r.Image.Geometry.VoxelVolume);
        AssertStatistics(reference, "original", roi);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(3.0)]
    public void LoG_RoiStatistics_MatchPyRadiomics(double sigma)
    {
        IReadOnlyDictionary<string, double> reference = Reference();
        ResampledImageAndMask r = Resampled.Value;
        Volume<double> filtered = LaplacianOfGaussianFilter.Apply(r.Image, sigma);
        AssertStatistics(reference, LaplacianOfGaussianFilter.ImageTypeName(sigma), RoiValues(filtered, r.Mask));
    }

    [Theory]
    [InlineData("square")]
    [InlineData("squareroot")]
    [InlineData("logarithm")]
    [InlineData("exponential")]
    public void IntensityTransforms_RoiStatistics_MatchPyRadiomics(string prefix)
    {
        IReadOnlyDictionary<string, double> reference = Reference();
        ResampledImageAndMask r = Resampled.Value;
        Volume<double> filtered = prefix switch
        {
            "square" => IntensityFilters.Square(r.Image),
            "squareroot" => IntensityFilters.SquareRoot(r.Image),
            "logarithm" => IntensityFilters.Logarithm(r.Image),
            _ => IntensityFilters.Exponential(r.Image),
        };
        AssertStatistics(reference, prefix, RoiValues(filtered, r.Mask));
    }

    private static void AssertStatistics(IReadOnlyDictionary<string, double> reference, string prefix, double[] roi)
    {
        double mean = roi.Sum() / roi.Length;
        var failures = new List<string>();
        Check(failures, reference, prefix + "_firstorder_Mean", mean);
        Check(failures, reference, prefix + "_firstorder_Minimum", roi.Min());
        Check(failures, reference, prefix + "_firstorder_Maximum", roi.Max());
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static void Check(List<string> failures, IReadOnlyDictionary<string, double> reference, string name, double actual)
    {
        double expected = reference[name];
        if (!ParityReference.Close(expected, actual, Relative))
        {
            failures.Add($"{name}: expected {expected:R}, actual {actual:R} (relative {Math.Abs(actual - expected) / Math.Abs(expected):E2})");
        }
    }

    private static double[] RoiValues(Volume<double> image, Volume<byte> mask)
    {
        var values = new List<double>();
        ReadOnlySpan<byte> m = mask.Voxels;
        ReadOnlySpan<double> v = image.Voxels;
        for (int i = 0; i < m.Length; i++)
        {
            if (m[i] != 0)
            {
                values.Add(v[i]);
            }
        }

        return values.ToArray();
    }
}
