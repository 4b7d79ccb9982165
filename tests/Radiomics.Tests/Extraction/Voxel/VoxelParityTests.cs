using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Extraction.Voxel;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Extraction.Voxel;

/// <summary>
/// PyRadiomics parity of voxel-based maps: the 93 maps PyRadiomics 3.1 wrote for the IBSI digital phantom
/// (pyradiomics-parity/voxel-digital-phantom, kernel radius 1, masked kernel, bin width 1, initValue NaN) are reproduced
/// from the same parameter file, voxel by voxel within 1e-6 relative, NaN where PyRadiomics has NaN, on the same grid.
/// </summary>
public sealed class VoxelParityTests
{
    private const string Folder = "pyradiomics-parity/voxel-digital-phantom";

    [Fact]
    public void DigitalPhantom_EveryPyRadiomicsMap_IsReproducedVoxelByVoxel()
    {
        string folder = TestData.Require(Folder);
        var extractor = new VoxelExtractor(PipelineParameters.Load(Path.Combine(folder, "params.yaml")));
        var maps = extractor.Extract(ImageReader.Read(TestData.IbsiDigitalPhantomImage), ImageReader.Read(TestData.IbsiDigitalPhantomMask),
                cancellation: TestContext.Current.CancellationToken)
            .ToDictionary(m => m.Name, m => m.Map);

        string[] references = Directory.GetFiles(folder, "*.nrrd");
        Assert.Equal(93, references.Length);
        var failures = new List<string>();
        foreach (string file in references.Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(file);
            Volume<double> expected = ImageReader.Read(file).ToDoubleVolume();
            if (!maps.TryGetValue(name, out Volume<double>? actual))
            {
                failures.Add($"{name}: no map");
                continue;
            }

            if (expected.Size != actual.Size || !expected.Geometry.Matches(actual.Geometry, 1e-9))
            {
                failures.Add($"{name}: grid {actual.Geometry} differs from {expected.Geometry}");
                continue;
            }

            int bad = 0;
            string? first = null;
            for (int i = 0; i < expected.Length; i++)
            {
                if (!ParityReference.Close(expected.Voxels[i], actual.Voxels[i], 1e-6))
                {
                    bad++;
                    first ??= $"voxel {expected.Size.IndexOf(i)}: expected {expected.Voxels[i]:R}, got {actual.Voxels[i]:R}";
                }
            }

            if (bad > 0)
            {
                failures.Add($"{name}: {bad} voxel(s) differ, first {first}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(references.Length, maps.Count);
    }
}
