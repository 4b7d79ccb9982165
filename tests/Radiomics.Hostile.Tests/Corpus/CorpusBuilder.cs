using System.Text;
using Radiomics.Hostile.Tests.Support;

namespace Radiomics.Hostile.Tests.Corpus;

/// <summary>
/// Where a hostile corpus is written and the cases that feed it to the tool. Every image case extracts with a light
/// parameter file (<see cref="Light"/>: a few features of three classes), so an input that gets through is extracted
/// quickly; the parameter fuzz test covers the feature classes and filters.
/// </summary>
public sealed class CorpusBuilder : IDisposable
{
    public CorpusBuilder()
    {
        Root = Path.Combine(Path.GetTempPath(), "radiomics-hostile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Light = WriteText("light.yaml", "featureClass:\n  firstorder: [Mean, Entropy]\n  glcm: [Contrast]\n  shape: [VoxelVolume]\n");
    }

    public string Root { get; }

    /// <summary>The parameter file every image case extracts with.</summary>
    public string Light { get; }

    public List<HostileCase> Cases { get; } = [];

    /// <summary>A path under the corpus folder (its folder created).</summary>
    public string PathOf(string name)
    {
        string path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    public string Write(string name, byte[] bytes)
    {
        string path = PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string WriteText(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    /// <summary>A case running the tool with <paramref name="args"/>.</summary>
    public void Run(string format, string name, params string[] args) => Cases.Add(new HostileCase(format, name, args));

    /// <summary>A case extracting <paramref name="image"/> with <paramref name="mask"/> (light parameters, JSON out).</summary>
    public void Extract(string format, string name, string image, string mask, params string[] extra) =>
        Run(format, name, ["extract", image, mask, "--params", Light, "--format", "json", .. extra]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
