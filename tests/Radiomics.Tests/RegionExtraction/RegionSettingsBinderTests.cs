using Radiomics.Configuration;
using Radiomics.Configuration.Regions;
using Radiomics.Extraction;

namespace Radiomics.Tests.RegionExtraction;

/// <summary>The <c>regions:</c> section: every key bound, relative mask paths from the parameter file's folder, the canonical JSON.</summary>
public sealed class RegionSettingsBinderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regions-binder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_EveryKey_BindsTheRegionsInFileOrder()
    {
        ExtractionParameters parameters = Load("""
            regions:
              peritumoral: {ring: 5, clip: masks/body.nii.gz}
              rim: {innerRim: 2.5, fillHoles: true}
              core: {shrink: 0, largestComponent: yes, subtract: {column: Vessels, label: 2}}
              big: {grow: 10, clip: {path: /abs/body.nrrd, label: 3}}
              main: {largestComponent: true}
            """);

        Assert.Equal(["peritumoral", "rim", "core", "big", "main"], parameters.Regions.Select(r => r.Name));
        RegionSettings ring = parameters.Regions[0];
        Assert.Equal((RegionOperation.Ring, 5.0), (ring.Operation, ring.DistanceMm));
        Assert.Equal("masks/body.nii.gz", ring.Clip!.Path);
        Assert.Equal(Path.Combine(_folder, "masks", "body.nii.gz"), ring.Clip.ResolvedPath);
        Assert.Equal((RegionOperation.InnerRim, 2.5, true), (parameters.Regions[1].Operation, parameters.Regions[1].DistanceMm, parameters.Regions[1].FillHoles));
        RegionSettings core = parameters.Regions[2];
        Assert.Equal((RegionOperation.Shrink, true, "Vessels", 2), (core.Operation, core.LargestComponent, core.Subtract!.Column, core.Subtract.Label!.Value));
        Assert.Null(core.Subtract.ResolvedPath);
        Assert.Equal(("/abs/body.nrrd", 3), (parameters.Regions[3].Clip!.ResolvedPath, parameters.Regions[3].Clip!.Label!.Value));
        Assert.Equal(RegionOperation.None, parameters.Regions[4].Operation);
        Assert.Empty(PipelineParameters.Parse("featureClass:\n  firstorder:\n", "none").Regions);
    }

    [Fact]
    public void Formatter_WritesPathsAsGivenInAFixedOrder()
    {
        ExtractionParameters parameters = Load("regions:\n  p: {clip: body.nii.gz, ring: 5}\n  q: {subtract: {column: V}, fillHoles: true}\n");

        Assert.Equal(
            """[{"name":"p","ring":5,"clip":{"path":"body.nii.gz"},"largestComponent":false,"fillHoles":false},{"name":"q","subtract":{"column":"V"},"largestComponent":false,"fillHoles":true}]""",
            RegionSettingsFormatter.ToJson(parameters.Regions));
        Assert.Equal("ring 5 mm, clip body.nii.gz", parameters.Regions[0].Describe());
    }

    [Theory]
    [InlineData("regions: [ring]", "section 'regions'")]
    [InlineData("regions:\n  p:\n", "regions.p: give")]
    [InlineData("regions:\n  p: {clip: {label: 2}}\n", "regions.p.clip: give either")]
    [InlineData("regions:\n  p: {clip: {path: a, label: 0}}\n", "regions.p.clip.label")]
    [InlineData("regions:\n  p: {ring: '5'}\n", "regions.p.ring")]
    [InlineData("regions:\n  p: {fillHoles: maybe}\n", "regions.p.fillHoles")]
    [InlineData("regions:\n  diagnostics: {ring: 1}\n", "regions.diagnostics")]
    [InlineData("regions:\n  p: {ring: 1}\n  P: {ring: 2}\n", "regions.P: the name is used twice")]
    [InlineData("regions:\n  p: {largestComponent: false}\n", "does nothing")]
    public void Load_BadSection_IsOneLineNamingTheKey(string yaml, string naming)
    {
        var e = Assert.Throws<ParameterException>(() => Load(yaml));

        Assert.Contains(naming, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    private ExtractionParameters Load(string yaml)
    {
        string path = Path.Combine(_folder, "params.yaml");
        File.WriteAllText(path, yaml);
        return PipelineParameters.Load(path);
    }
}
