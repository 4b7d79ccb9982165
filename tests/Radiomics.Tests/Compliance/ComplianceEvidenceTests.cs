using System.Text.Json;
using Radiomics.Compliance;

namespace Radiomics.Tests.Compliance;

public class ComplianceEvidenceTests
{
    [Fact]
    public void WriteJson_CarriesVerdictSuitesDataToolRuntimeAndMachine()
    {
        ComplianceReport report = ComplianceVerdictTests.Report(("a", 1.0), ("b", 5.0), ("c", double.NaN));
        var run = new SuiteRun(report, [new CheckRow("a", "tag", 1.0)], TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(2.5));
        var digest = new ReferenceDataDigest("ab12", [new ReferenceFileHash("ibsi2/x.csv", "cd34")]);
        var evidence = new ComplianceEvidence(ComplianceVerdict.Of([report], strict: false), [run], "embedded", digest,
            RunEnvironment.Current(), new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(3), "a,b,c");

        var stream = new MemoryStream();
        evidence.WriteJson(stream);
        using JsonDocument json = JsonDocument.Parse(stream.ToArray());
        JsonElement root = json.RootElement;

        Assert.Equal(ComplianceEvidence.Format, root.GetProperty("format").GetString());
        Assert.Equal("NOT COMPLIANT", root.GetProperty("verdict").GetString()); // c was not computed
        Assert.False(root.GetProperty("strict").GetBoolean());
        Assert.Equal("2026-12-07T10:00:00Z", root.GetProperty("started").GetString());
        Assert.Equal("a,b,c", root.GetProperty("selection").GetString());
        Assert.StartsWith(typeof(ComplianceEvidence).Assembly.GetName().Version!.ToString(3), root.GetProperty("tool").GetProperty("version").GetString());
        Assert.StartsWith(".NET", root.GetProperty("runtime").GetProperty("framework").GetString());
        Assert.Equal(Environment.ProcessorCount, root.GetProperty("machine").GetProperty("processors").GetInt32());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("machine").GetProperty("os").GetString()));
        Assert.Equal("ab12", root.GetProperty("referenceData").GetProperty("sha256").GetString());
        Assert.Equal("ibsi2/x.csv", root.GetProperty("referenceData").GetProperty("files")[0].GetProperty("path").GetString());

        JsonElement suite = Assert.Single(root.GetProperty("suites").EnumerateArray());
        Assert.Equal((3, 1, 1, 1), (suite.GetProperty("checked").GetInt32(), suite.GetProperty("passed").GetInt32(),
            suite.GetProperty("knownDeviations").GetInt32(), suite.GetProperty("unexpectedFailures").GetInt32()));
        Assert.Equal("the reason for b", Assert.Single(suite.GetProperty("deviations").EnumerateArray()).GetProperty("reason").GetString());
        JsonElement failure = Assert.Single(suite.GetProperty("failures").EnumerateArray());
        Assert.Equal(("c", "not computed", "NaN"), (failure.GetProperty("dataset").GetString(), failure.GetProperty("status").GetString(), failure.GetProperty("value").GetString()));
    }

    [Fact]
    public void ValuesCsv_WritesComputedValuesOnly_QuotingNamesWithCommas()
    {
        var text = new StringWriter();
        ComplianceValuesCsv.Write([new CheckRow("d, 1", "t", 0.1), new CheckRow("d", "score", 2, CheckRowKind.Comparison)], text);

        Assert.Equal("dataset,tag,value\n\"d, 1\",t,0.1\n", text.ToString());
    }
}
