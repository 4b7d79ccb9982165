using Radiomics.Compliance;
using Radiomics.Compliance.Ibsi1;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Compliance;

/// <summary>
/// The whole IBSI 1 check (digital phantom and configurations A–E): every reference value is matched, and the values
/// that are not are exactly the suite's documented known deviations — a new failure fails, and so does a listed
/// deviation that now passes.
/// </summary>
public class Ibsi1SuiteTests
{
    [Fact]
    public void EveryIbsi1ReferenceValue_PassesOrIsAListedKnownDeviation()
    {
        string root = Path.GetDirectoryName(TestData.Require("ibsi1/reference_values/digital_phantom.csv"))!;
        string dataRoot = Path.GetFullPath(Path.Combine(root, "..", ".."));
        var suite = new Ibsi1Suite();
        var rows = suite.Run(new ComplianceRunOptions(dataRoot)).ToList();
        var outcomes = ComplianceComparer.Compare(suite.References(dataRoot), rows, suite.KnownDeviations);

        Assert.Equal(2104, outcomes.Count);
        var notPassing = outcomes.Where(o => o.Status != CheckStatus.Pass)
            .Select(o => $"{o.Reference.Dataset}/{o.Reference.Tag}: {o.Status}").Order().ToArray();
        var expected = suite.KnownDeviations.Select(d => $"{d.Dataset}/{d.Tag}: {CheckStatus.KnownDeviation}").Order().ToArray();
        Assert.Equal(expected, notPassing);
    }
}
