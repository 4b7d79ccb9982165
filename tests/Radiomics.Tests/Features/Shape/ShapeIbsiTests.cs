using Radiomics.Features.Shape;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Features.Shape;

/// <summary>
/// The shape family against the IBSI chapter 1 digital-phantom morphology references. PyRadiomics computes the PCA
/// covariance with the normaliser N where IBSI uses N − 1, so the minor and least axis lengths are the two explicit
/// known deviations (see docs/shape-ibsi-correspondence.md); they must fail IBSI's tolerance and everything else pass.
/// </summary>
public class ShapeIbsiTests
{
    private static readonly Dictionary<string, string> TagOf = new(StringComparer.Ordinal)
    {
        ["MeshVolume"] = "morph_volume",
        ["VoxelVolume"] = "morph_vol_approx",
        ["SurfaceArea"] = "morph_area_mesh",
        ["SurfaceVolumeRatio"] = "morph_av",
        ["Compactness1"] = "morph_comp_1",
        ["Compactness2"] = "morph_comp_2",
        ["SphericalDisproportion"] = "morph_sph_dispr",
        ["Sphericity"] = "morph_sphericity",
        ["Maximum3DDiameter"] = "morph_diam",
        ["MajorAxisLength"] = "morph_pca_maj_axis",
        ["MinorAxisLength"] = "morph_pca_min_axis",
        ["LeastAxisLength"] = "morph_pca_least_axis",
        ["Elongation"] = "morph_pca_elongation",
        ["Flatness"] = "morph_pca_flatness",
    };

    private static readonly HashSet<string> KnownDeviations = new(StringComparer.Ordinal) { "MinorAxisLength", "LeastAxisLength" };

    [Fact]
    public void Shape_DigitalPhantom_MatchesIbsiExceptKnownPcaNormaliserDeviations()
    {
        IReadOnlyList<ReferenceRow> table = ReferenceTable.Read(TestData.Require("ibsi1/reference_values/digital_phantom.csv"));
        Dictionary<string, double> actual = ShapeInputs.Compute(new ShapeFamily(), ShapeInputs.FromFiles(TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask));

        var problems = new List<string>();
        foreach ((string feature, string tag) in TagOf)
        {
            ReferenceRow row = Assert.Single(table, r => r.Tag == tag);
            bool accepted = row.Accepts(actual[feature]);
            bool expectedToPass = !KnownDeviations.Contains(feature);
            if (accepted != expectedToPass)
            {
                problems.Add(FormattableString.Invariant(
                    $"{feature} ({tag}): {actual[feature]:R} vs IBSI {row.ReferenceText} ± {row.Tolerance} — {(accepted ? "passes but is listed as a known deviation" : "fails")}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void AxisLengths_WithIbsiNormaliser_WouldMatchIbsi()
    {
        // Why minor/least deviate: rescaling PyRadiomics' N-normalised eigenvalues to IBSI's N − 1 normaliser brings
        // all three axis lengths inside IBSI's tolerance.
        IReadOnlyList<ReferenceRow> table = ReferenceTable.Read(TestData.Require("ibsi1/reference_values/digital_phantom.csv"));
        var input = ShapeInputs.FromFiles(TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask);
        MeshMeasures m = MarchingCubes.Measure(input.ShapeMask)!;
        double toIbsi = Math.Sqrt(m.VoxelCount / (m.VoxelCount - 1.0));
        Assert.True(Assert.Single(table, r => r.Tag == "morph_pca_maj_axis").Accepts(ShapeFamily.AxisLength(m.Eigenvalues[2]) * toIbsi));
        Assert.True(Assert.Single(table, r => r.Tag == "morph_pca_min_axis").Accepts(ShapeFamily.AxisLength(m.Eigenvalues[1]) * toIbsi));
        Assert.True(Assert.Single(table, r => r.Tag == "morph_pca_least_axis").Accepts(ShapeFamily.AxisLength(m.Eigenvalues[0]) * toIbsi));
    }
}
