using Radiomics.Configuration;
using Radiomics.Examples;
using Radiomics.Extraction;
using Radiomics.Imaging;

namespace Radiomics.Cli.Tests.Batch;

public class ExtractLabelsTests
{
    [Fact]
    public void ExtractLabels_EachLabelEqualsASingleLabelExtractionExactly()
    {
        var (image, mask) = SyntheticCase.Create(40, 12);
        var labels = (byte[])mask.Voxels;
        for (int i = 0; i < labels.Length; i += 7)
        {
            labels[i] = labels[i] == 1 ? (byte)1 : (byte)3; // label 3: a sparse lattice over the whole volume
        }

        var extractor = new RadiomicsExtractor(ExtractionParameters.Default);

        IReadOnlyList<int> found = RadiomicsExtractor.LabelsOf(mask);
        var results = extractor.ExtractLabels(image, mask, found);

        Assert.Equal([1, 3], found);
        foreach (var extraction in results)
        {
            FeatureResult single = new RadiomicsExtractor(ExtractionParameters.Default with
            {
                Settings = RadiomicsSettings.Default with { Mask = new MaskSettings { Label = extraction.Label } },
            }).Extract(image, mask);
            Assert.Null(extraction.Error);
            Assert.Equal(single.Entries.Select(e => (e.Key, e.Value.ToString())), extraction.Result!.Entries.Select(e => (e.Key, e.Value.ToString())));
        }
    }

    [Fact]
    public void ExtractLabels_AbsentLabel_IsReportedWithoutStoppingTheOthers()
    {
        var (image, mask) = SyntheticCase.Create(40, 12);

        var results = new RadiomicsExtractor(ExtractionParameters.Default).ExtractLabels(image, mask, [7, 1]);

        Assert.Contains("label 7", results[0].Error!.Message);
        Assert.Null(results[0].Result);
        Assert.NotNull(results[1].Result);
    }

    [Fact]
    public void LabelsOf_NonIntegerLabel_IsRejected()
    {
        var geometry = new ImageGeometry(new Size3(2, 1, 1), new Vector3D(1, 1, 1), new Vector3D(0, 0, 0), Direction3.Identity);
        var mask = new ImageData(geometry, VoxelType.Float32, new float[] { 0, 1.5f });

        Assert.Throws<ExtractionException>(() => RadiomicsExtractor.LabelsOf(mask));
    }
}
