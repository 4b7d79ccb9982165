using Radiomics.Extraction.Ibsi;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Ibsi1;

/// <summary>
/// The CT phantom under IBSI configurations A–E (<see cref="Ibsi1Profile.RunConfiguration"/>) against
/// ibsi1/reference_values/config_*.csv: per configuration, the failing tags must be exactly the known deviations.
/// </summary>
public class ConfigurationTests
{
    [Theory]
    [InlineData('A')]
    [InlineData('B')]
    [InlineData('C')]
    [InlineData('D')]
    [InlineData('E')]
    public void Configuration_FailingTagsAreExactlyTheKnownDeviations(char configuration)
    {
        IReadOnlyList<ReferenceRow> reference = ReferenceTable.Read(TestData.Require($"ibsi1/reference_values/config_{configuration}.csv"));
        string table = TestData.Require($"ibsi1/reference_values/config_{configuration}.csv");
        IReadOnlyList<(string Tag, double Value)> rows = Ibsi1Profile.RunConfiguration(configuration, TestData.Root);
        Assert.Empty(rows.Select(r => r.Tag).Except(TableTags.Of(table)));
        Dictionary<string, double> ours = rows.ToDictionary(r => r.Tag, r => r.Value);
        var failures = new List<string>();
        var failing = new List<string>();
        foreach (ReferenceRow row in reference)
        {
            double value = ours.TryGetValue(row.Tag, out double v) ? v : double.NaN;
            if (!row.Accepts(value))
            {
                failing.Add(row.Tag);
                failures.Add($"{row.Tag}: reference {row.ReferenceText} ± {row.Tolerance}, ours {value:R}");
            }
        }

        string[] known = Ibsi1KnownDeviations.For(configuration).Keys.Order(StringComparer.Ordinal).ToArray();
        Assert.True(known.SequenceEqual(failing.Order(StringComparer.Ordinal)),
            $"Configuration {configuration}: {reference.Count - failing.Count}/{reference.Count} pass; failing tags differ from the known deviations:"
            + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }
}
