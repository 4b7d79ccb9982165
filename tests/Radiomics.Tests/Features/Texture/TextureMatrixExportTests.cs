using System.Text.Json;
using Radiomics.Features.Texture;

namespace Radiomics.Tests.Features.Texture;

public class TextureMatrixExportTests
{
    [Fact]
    public void WriteAll_WritesCsvAndJsonPerTextureFamily()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"radiomics-matrices-{Guid.NewGuid():N}");
        try
        {
            IReadOnlyList<string> written = TextureMatrixExport.WriteAll(
                TextureTestInputs.DigitalPhantom(), ["firstorder", "glcm", "glrlm", "glszm", "gldm", "ngtdm"], directory);

            Assert.Equal(10, written.Count);
            string csv = File.ReadAllText(Path.Combine(directory, "glszm_matrices.csv"));
            Assert.StartsWith("matrix,slice,direction,grey_level,column_name,column,count\n", csv, StringComparison.Ordinal);
            Assert.Contains("0,,,1,zone_size,50,1\n", csv, StringComparison.Ordinal);

            using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "glcm_matrices.json")));
            Assert.Equal(13, json.RootElement.GetArrayLength());
            JsonElement first = json.RootElement[0];
            Assert.Equal(4, first.GetProperty("grey_levels").GetArrayLength());
            Assert.Equal(4, first.GetProperty("values").GetArrayLength());
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void Export_RejectsUnknownFamily() =>
        Assert.Throws<ArgumentException>(() => TextureMatrices.Export(TextureTestInputs.DigitalPhantom(), "shape"));
}
