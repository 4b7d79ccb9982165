using Radiomics.Configuration;
using Radiomics.Configuration.Perturbation;
using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Perturbation;

namespace Radiomics.Tests.Perturbation;

public class PerturbationSettingsTests
{
    private const string Section = """
        setting:
          binWidth: 25
        perturbation:
          noiseRepetitions: 2
          noiseLevel: 5
          rotationAngles: [-10, 0, 10]
          translationFractions: [0, 0.5]
          roiAdaptType: fraction
          roiAdaptSizes: [-0.2, 0, 0.2]
          roiAdaptMaxErosion: 0.7
          randomiseRoiRepetitions: 3
          seed: 12
        """;

    [Fact]
    public void ParameterFile_BindsThePerturbationSection()
    {
        PerturbationSettings settings = PipelineParameters.Parse(Section, "p.yaml").Perturbation;

        Assert.Equal(2, settings.NoiseRepetitions);
        Assert.Equal(5.0, settings.NoiseLevel);
        Assert.Equal([-10.0, 0, 10], settings.RotationAngles);
        Assert.Equal([0, 0.5], settings.TranslationFractions);
        Assert.Equal(RoiAdaptType.Fraction, settings.RoiAdaptType);
        Assert.Equal([-0.2, 0, 0.2], settings.RoiAdaptSizes);
        Assert.Equal(0.7, settings.RoiAdaptMaxErosion);
        Assert.Equal(3, settings.RandomiseRoiRepetitions);
        Assert.Equal(12, settings.Seed);
        Assert.Same(PerturbationSettings.None, PipelineParameters.Parse("setting: {}", "q.yaml").Perturbation);
    }

    [Theory]
    [InlineData("noiseRepetitions: -1", "'noiseRepetitions'")]
    [InlineData("noiseLevel: -2", "'noiseLevel'")]
    [InlineData("rotationAngles: [0, abc]", "'rotationAngles'")]
    [InlineData("translationFractions: [0, 1]", "'translationFractions'")]
    [InlineData("translationFractions: [0.5, 0.5]", "'translationFractions' lists 0.5 twice")]
    [InlineData("roiAdaptType: volume", "'roiAdaptType'")]
    [InlineData("{roiAdaptType: fraction, roiAdaptSizes: [-1]}", "'roiAdaptSizes'")]
    [InlineData("roiAdaptMaxErosion: 0", "'roiAdaptMaxErosion'")]
    [InlineData("randomiseRoiRepetitions: 1.5", "'randomiseRoiRepetitions'")]
    [InlineData("seed: -3", "'seed'")]
    [InlineData("rotation: [1]", "unknown key 'rotation'")]
    [InlineData("[1, 2]", "section 'perturbation' must be a mapping")]
    public void ParameterFile_BadValue_OneLineNamingTheKey(string body, string expected)
    {
        string text = body.StartsWith('{') || body.StartsWith('[') ? $"perturbation: {body}" : $"perturbation:\n  {body}";
        var error = Assert.Throws<ParameterException>(() => PipelineParameters.Parse(text, "p.yaml"));

        Assert.Contains(expected, error.Message);
        Assert.StartsWith("p.yaml", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Plan_EveryCombinationInMirpOrder_UnperturbedFirst()
    {
        var settings = new PerturbationSettings { NoiseRepetitions = 2, TranslationFractions = [0, 0.5], RoiAdaptSizes = [-1, 0, 1], RandomiseRoiRepetitions = 2 };
        var plan = new PerturbationPlan(settings, [true, true, true]);

        Assert.Equal(1 + (2 * 8 * 3 * 2), plan.Variants.Count);
        Assert.True(plan.Variants[0].IsUnperturbed);
        Assert.False(plan.ReferenceInChain);
        Assert.Equal(96, plan.Chain.Count());
        Assert.Equal(Enumerable.Range(0, plan.Variants.Count), plan.Variants.Select(v => v.Id));
        // The last step varies fastest: randomisation, then size, then translation (z fastest), then noise.
        Assert.Equal(new PerturbationVariant(1, 1, 0, Vector3D.Zero, -1, 1), plan.Variants[1]);
        Assert.Equal(new PerturbationVariant(2, 1, 0, Vector3D.Zero, -1, 2), plan.Variants[2]);
        Assert.Equal(new PerturbationVariant(3, 1, 0, Vector3D.Zero, 0, 1), plan.Variants[3]);
        Assert.Equal(new PerturbationVariant(7, 1, 0, new Vector3D(0, 0, 0.5), -1, 1), plan.Variants[7]);
        Assert.Equal(2, plan.Variants[^1].NoiseRepetition);
    }

    [Fact]
    public void Plan_AllZeroCombination_IsTheUnperturbedVariantAndARater()
    {
        var settings = new PerturbationSettings { TranslationFractions = [0, 0.5], RoiAdaptSizes = [0, 2] };
        var plan = new PerturbationPlan(settings, [true, true, false]);

        Assert.True(plan.ReferenceInChain);
        Assert.Equal(4 * 2, plan.Variants.Count); // z is not translated: 4 translations × 2 sizes, the all-zero one is variant 0
        Assert.Equal(plan.Variants.Count, plan.Chain.Count());
        Assert.All(plan.Variants, v => Assert.Equal(0, v.Translation.Z));
    }

    [Fact]
    public void Grid_TranslationShiftsTheOriginAlongTheAxes_RotationKeepsTheCentre()
    {
        var direction = new Direction3(0, -1, 0, 1, 0, 0, 0, 0, 1);
        var lattice = new ImageGeometry(new Size3(11, 21, 5), new Vector3D(0.5, 0.8, 3), new Vector3D(10, -4, 7), direction);

        ImageGeometry shifted = PerturbationGrid.Moved(lattice, 0, new Vector3D(0.5, 0.25, 0));
        Vector3D expected = lattice.Origin + direction.Multiply(new Vector3D(0.25, 0.2, 0));
        Assert.True((shifted.Origin - expected).Length < 1e-12);
        Assert.Same(lattice, PerturbationGrid.Moved(lattice, 0, Vector3D.Zero));

        ImageGeometry turned = PerturbationGrid.Moved(lattice, 30, Vector3D.Zero);
        Vector3D centre = lattice.IndexToPhysical(5, 10, 2);
        Assert.True((turned.IndexToPhysical(5, 10, 2) - centre).Length < 1e-12);
        Vector3D axisX = turned.Direction.Column(0);
        Assert.Equal(Math.Cos(Math.PI / 6), Vector3D.Dot(axisX, direction.Column(0)), 12);
        Assert.Equal(Math.Sin(Math.PI / 6), Vector3D.Dot(axisX, direction.Column(1)), 12); // x turns towards y
        Assert.Equal(direction.Column(2), turned.Direction.Column(2));
    }
}
