using Radiomics.Compliance;
using Radiomics.Compliance.Ibsi2;
using Radiomics.Filters.Ibsi2;
using Radiomics.Imaging;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Compliance;

/// <summary>Runs IBSI 2 phase 2 once (all 18 configurations) for the tests of this class.</summary>
public sealed class Ibsi2Phase2Run
{
    private readonly Lazy<(IReadOnlyList<CheckRow> Rows, IReadOnlyList<ReferenceValue> References)> _run;

    public Ibsi2Phase2Run()
    {
        Images = new Ibsi2Phase2Images(TestData.Root);
        _run = new(() =>
        {
            var options = new ComplianceRunOptions(TestData.Root);
            return (Ibsi2Phase2Check.Run(options, Images).ToArray(), Ibsi2Phase2Check.References(TestData.Root));
        });
    }

    /// <summary>The prepared pipeline A and B images (built on first use, shared with the run).</summary>
    internal Ibsi2Phase2Images Images { get; }

    public IReadOnlyList<CheckRow> Rows => _run.Value.Rows;

    public IReadOnlyList<ReferenceValue> References => _run.Value.References;
}

public class Ibsi2ComplianceTests(Ibsi2Phase2Run run) : IClassFixture<Ibsi2Phase2Run>
{
    [Fact]
    public void Phase2_EveryReferenceValueWithinTolerance_ExceptExactlyTheKnownDeviations()
    {
        TestData.Require(Ibsi2Phase2Check.ReferencePath);
        TestData.Require(Ibsi2Phase2Images.ImagePath);
        var suite = new Ibsi2Suite();
        IReadOnlyList<CheckOutcome> outcomes = ComplianceComparer.Compare(run.References, run.Rows, suite.KnownDeviations);

        Assert.Equal(18 * 18 - 1, outcomes.Count); // 8.B stat_qcod has no consensus value
        Assert.DoesNotContain(outcomes, o => o.Status == CheckStatus.Missing);
        string[] failing = outcomes.Where(o => !o.Passed).Select(o => $"{o.Reference.Dataset}/{o.Reference.Tag}").Order().ToArray();
        string[] listed = suite.KnownDeviations.Where(d => d.Dataset.StartsWith("IBSI2 phase 2", StringComparison.Ordinal))
            .Select(d => $"{d.Dataset}/{d.Tag}").Order().ToArray();
        string details = string.Join(Environment.NewLine, outcomes.Where(o => !o.Passed || o.StaleDeviation)
            .Select(o => $"{o.Reference.Dataset} {o.Reference.Tag}: reference {o.Reference.ReferenceText} ± {o.Reference.Tolerance}, ours {o.Value:R}"));
        Assert.True(failing.SequenceEqual(listed), $"failing set differs from the known deviations:{Environment.NewLine}{details}");
    }

    [Fact]
    public void Phase2_ComputesEighteenStatisticsForEachOfTheEighteenConfigurations()
    {
        TestData.Require(Ibsi2Phase2Images.ImagePath);
        Assert.Equal(18 * 18, run.Rows.Count);
        Assert.All(run.Rows, r => Assert.Equal(CheckRowKind.Value, r.Kind));
        Assert.Equal(Ibsi2Phase2.Configurations.Select(c => "IBSI2 phase 2 " + c.Id), run.Rows.Select(r => r.Dataset).Distinct());
        Assert.Equal(
            run.References.Select(r => r.Tag).Distinct().Order(),
            run.Rows.Select(r => r.Tag).Distinct().Order());
    }

    /// <summary>
    /// The voxel counts of IBSI's phase-2 submission diagnostics (CONFIGURATIONS.md, "Sanity checks"): 125 238
    /// intensity-mask voxels on the native grid, 357 802 after 1 mm resampling and re-segmentation.
    /// </summary>
    [Theory]
    [InlineData(Ibsi2Phase2Pipeline.A, 125238)]
    [InlineData(Ibsi2Phase2Pipeline.B, 357802)]
    public void Phase2Images_IntensityMaskVoxelCounts_MatchIbsiDiagnostics(Ibsi2Phase2Pipeline pipeline, int expected)
    {
        TestData.Require(Ibsi2Phase2Images.ImagePath);
        (Volume<double> _, Volume<byte> mask) = run.Images.For(pipeline);
        Assert.Equal(expected, mask.Length - mask.Voxels.Count((byte)0));
    }

    [Fact]
    public void Phase2_Values_DoNotDependOnTheThreadCount()
    {
        TestData.Require(Ibsi2Phase2Images.ImagePath);
        string[] ids = ["2.A", "3.A", "6.A", "8.A"];
        CheckRow[] Run(int threads) => Ibsi2Phase2Check.Run(
            new ComplianceRunOptions(TestData.Root) { SelectDataset = d => ids.Any(id => d.EndsWith(" " + id, StringComparison.Ordinal)), MaxDegreeOfParallelism = threads },
            run.Images).ToArray();

        CheckRow[] single = Run(1);
        Assert.Equal(ids.Length * 18, single.Length);
        Assert.Equal(single, Run(-1));
        Assert.Equal(single, run.Rows.Where(r => ids.Any(id => r.Dataset.EndsWith(" " + id, StringComparison.Ordinal))));
    }

    [Fact]
    public void Suite_KnownDeviations_AreUniqueAndReasoned()
    {
        var suite = new Ibsi2Suite();
        Assert.Equal(suite.KnownDeviations.Count, suite.KnownDeviations.Select(d => (d.Dataset, d.Tag)).Distinct().Count());
        Assert.All(suite.KnownDeviations, d => Assert.False(string.IsNullOrWhiteSpace(d.Reason)));
    }

    [Fact]
    public void Phase1_References_OneResponseMapRowPerConfiguration()
    {
        IReadOnlyList<ReferenceValue> references = Ibsi2Phase1Check.References();
        Assert.Equal(33, references.Count);
        Assert.All(references, r => Assert.Equal(("response_map", 0.0, 1.0), (r.Tag, r.Reference, r.Tolerance)));
        Assert.Contains(references, r => r.Dataset == "IBSI2 phase 1 3_a_1");
    }

    [Fact]
    public void Phase1_NormalisedMaxDifference_IsWorstVoxelOverOnePercentOfTheReferenceRange()
    {
        var geometry = ImageGeometry.Unit(new Size3(2, 2, 1));
        var reference = new Volume<double>(geometry, [0, 50, 100, 20]);
        var map = new Volume<double>(geometry, [0.5, 50, 99, 20.2]);
        Assert.Equal(1.0, Ibsi2Phase1Check.NormalisedMaxDifference(map, reference), 12);
        map.Voxels[3] = double.NaN;
        Assert.Equal(double.PositiveInfinity, Ibsi2Phase1Check.NormalisedMaxDifference(map, reference));
    }
}
