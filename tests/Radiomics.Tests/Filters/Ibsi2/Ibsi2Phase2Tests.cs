using Radiomics.Configuration;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Filters.Ibsi2;

public class Ibsi2Phase2Tests
{
    [Fact]
    public void Configurations_CoverEveryFilterIdOfTheReferenceCsv()
    {
        string csv = TestData.Require("ibsi2/phase2_reference_values.csv");
        string[] ids = File.ReadLines(csv).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')[0]).Distinct().Order().ToArray();
        Assert.Equal(18, ids.Length);
        Assert.Equal(ids, Ibsi2Phase2.Configurations.Select(c => c.Id).Order().ToArray());
    }

    [Fact]
    public void Configurations_PipelineMatchesDimension()
    {
        foreach (Ibsi2Phase2Configuration c in Ibsi2Phase2.Configurations.Where(c => c.Filter is not null))
        {
            Assert.Equal(c.Pipeline == Ibsi2Phase2Pipeline.A ? FilterDimension.Slice2D : FilterDimension.Volume3D, c.Filter!.Dimension);
        }
    }

    [Fact]
    public void EveryPhase2Filter_RunsOnAnAnisotropicNonPowerOfTwoGrid()
    {
        // CT-like grid: odd sizes (Bluestein FFTs) and 0.977 × 0.977 × 3 mm voxels.
        var random = new Random(2);
        var geometry = new ImageGeometry(new Size3(21, 18, 7), new Vector3D(0.977, 0.977, 3), Vector3D.Zero, Direction3.Identity);
        var image = new Volume<double>(geometry);
        for (int i = 0; i < image.Length; i++)
        {
            image.Voxels[i] = random.Next(-1000, 400);
        }

        foreach (Ibsi2Phase2Configuration c in Ibsi2Phase2.Configurations.Where(c => c.Filter is not null))
        {
            Volume<double> response = c.Filter!.Apply(image);
            Assert.Equal(image.Size, response.Size);
            Assert.All(response.Voxels.ToArray(), v => Assert.True(double.IsFinite(v), c.Id));
        }
    }
}
