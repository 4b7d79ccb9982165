using Radiomics.Compliance;

namespace Radiomics.Tests.Compliance;

/// <summary>A suite with no data and the given known deviations, for report and verdict tests.</summary>
internal sealed class FakeSuite(IReadOnlyList<KnownDeviation> deviations) : IComplianceSuite
{
    public string Name => "fake";

    public string Title => "Fake";

    public string DocumentName => "fake.md";

    public string DocumentIntroduction => "Fake suite.";

    public IReadOnlyList<KnownDeviation> KnownDeviations => deviations;

    public IReadOnlyList<string> DataFiles => [];

    public IReadOnlyList<ReferenceValue> References(string dataRoot) => [];

    public IEnumerable<CheckRow> Run(ComplianceRunOptions options) => [];
}
