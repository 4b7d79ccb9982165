using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.FirstOrder;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.FirstOrder;

public class FirstOrderInvariantTests
{
    private static readonly FirstOrderFamily Family = new();

    [Fact]
    public void ConstantRoi_HasZeroVarianceRangeAndDeviation_AndFlatRegionMoments()
    {
        var geometry = ImageGeometry.Unit(new Size3(4, 3, 2));
        var image = new Volume<double>(geometry);
        image.Voxels.Fill(42);
        var mask = new Volume<byte>(geometry);
        mask.Voxels.Fill(1);
        var values = Compute(image, mask);
        Assert.Equal(0, values["Variance"]);
        Assert.Equal(0, values["Range"]);
        Assert.Equal(0, values["MeanAbsoluteDeviation"]);
        Assert.Equal(0, values["Skewness"]);
        Assert.Equal(0, values["Kurtosis"]);
        Assert.Equal(42, values["Median"]);
        Assert.Equal(0, values["Entropy"], 12);
        Assert.Equal(1, values["Uniformity"]);
    }

    [Fact]
    public void Percentiles_FollowNumpyLinearInterpolation()
    {
        var geometry = ImageGeometry.Unit(new Size3(5, 1, 1));
        var image = new Volume<double>(geometry, [7, 1, 3, 10, 2]);
        var mask = new Volume<byte>(geometry, [1, 1, 1, 1, 1]);
        var values = Compute(image, mask);
        // sorted 1 2 3 7 10: P10 at 0.4 → 1.4; P90 at 3.6 → 7 + 0.6·3 = 8.8; median 3; P25 = 2, P75 = 7.
        Assert.Equal(1.4, values["10Percentile"], 12);
        Assert.Equal(8.8, values["90Percentile"], 12);
        Assert.Equal(3, values["Median"]);
        Assert.Equal(5, values["InterquartileRange"]);
    }

    [Fact]
    public void TranslatingTheOrigin_ChangesNothing()
    {
        var (image, mask) = RandomCase(7);
        var moved = image.Geometry with { Origin = new Vector3D(-120.5, 33.25, 1000) };
        Assert.Equal(Compute(image, mask), Compute(image.WithGeometry(moved), mask.WithGeometry(moved)));
    }

    [Fact]
    public void PermutingAxesWithDirection_ChangesNothing()
    {
        var (image, mask) = RandomCase(11);
        Size3 s = image.Size;
        // Swap x and z: the voxel (x, y, z) moves to (z, y, x); the direction's columns swap so the physical layout is unchanged.
        var geometry = image.Geometry;
        var permutedGeometry = new ImageGeometry(new Size3(s.Z, s.Y, s.X), new Vector3D(geometry.Spacing.Z, geometry.Spacing.Y, geometry.Spacing.X),
            geometry.Origin, Direction3.FromColumns(geometry.Direction.Column(2), geometry.Direction.Column(1), geometry.Direction.Column(0)));
        var permutedImage = new Volume<double>(permutedGeometry);
        var permutedMask = new Volume<byte>(permutedGeometry);
        for (int z = 0; z < s.Z; z++)
        {
            for (int y = 0; y < s.Y; y++)
            {
                for (int x = 0; x < s.X; x++)
                {
                    permutedImage[z, y, x] = image[x, y, z];
                    permutedMask[z, y, x] = mask[x, y, z];
                }
            }
        }

        var original = Compute(image, mask);
        var permuted = Compute(permutedImage, permutedMask);
        foreach (var (name, value) in original)
        {
            Assert.Equal(value, permuted[name], 1e-9 * Math.Max(1, Math.Abs(value)));
        }
    }

    private static (Volume<double> Image, Volume<byte> Mask) RandomCase(int seed)
    {
        var random = new Random(seed);
        var geometry = new ImageGeometry(new Size3(9, 7, 5), new Vector3D(0.7, 0.9, 2.5), new Vector3D(3, -4, 5), Direction3.Identity);
        var image = new Volume<double>(geometry);
        var mask = new Volume<byte>(geometry);
        for (int i = 0; i < image.Length; i++)
        {
            image.Voxels[i] = Math.Round(random.NextDouble() * 300 - 100);
            mask.Voxels[i] = random.NextDouble() < 0.6 ? (byte)1 : (byte)0;
        }

        return (image, mask);
    }

    private static Dictionary<string, double> Compute(Volume<double> image, Volume<byte> mask)
    {
        var input = new FeatureInput(image, mask, RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 10 } });
        double[] values = Family.Compute(input, Family.Features);
        return Family.Features.Select((f, i) => (f.Name, values[i])).ToDictionary(p => p.Name, p => p.Item2);
    }
}
