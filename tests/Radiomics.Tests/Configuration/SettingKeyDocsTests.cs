using System.Text;
using Radiomics.Configuration;
using Radiomics.Configuration.Keys;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Configuration;

/// <summary>
/// docs/parameters.md's settings table is generated from the key table: every key accepted is documented with its
/// stage, default, allowed values and meaning (set RADIOMICS_UPDATE_DOCS=1 to rewrite the table after a change).
/// </summary>
public class SettingKeyDocsTests
{
    private const string Start = "<!-- settings-table:start (generated from the key table by SettingKeyDocsTests; do not edit) -->";
    private const string End = "<!-- settings-table:end -->";

    [Fact]
    public void Docs_SettingsTable_IsTheGeneratedOne()
    {
        string path = Path.Combine(TestData.RepositoryRoot, "docs", "parameters.md");
        string doc = File.ReadAllText(path);
        int start = doc.IndexOf(Start, StringComparison.Ordinal), end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{path} has no generated settings table between '{Start}' and '{End}'");
        string generated = "\n" + Table();
        string current = doc[(start + Start.Length)..end];
        if (current != generated && Environment.GetEnvironmentVariable("RADIOMICS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, doc[..(start + Start.Length)] + generated + doc[end..]);
            return;
        }

        Assert.True(current == generated, $"the settings table of {path} is out of date; run this test with RADIOMICS_UPDATE_DOCS=1 to regenerate it");
    }

    [Fact]
    public void EveryAcceptedKey_HasADocLineAndAllowedValues()
    {
        Assert.Equal(SettingsBinder.KnownKeys.Order(StringComparer.Ordinal), SettingKeys.Accepted().Select(k => k.Name).Order(StringComparer.Ordinal));
        Assert.All(SettingKeys.Accepted(), key =>
        {
            Assert.False(string.IsNullOrWhiteSpace(key.Doc), key.Name);
            Assert.False(string.IsNullOrWhiteSpace(key.Allowed), key.Name);
            Assert.DoesNotContain('|', key.Doc + key.Allowed); // a Markdown table cell
        });
        Assert.Equal(SettingKeys.Accepted().Count, SettingKeys.Accepted().Select(k => k.Name).Distinct().Count());
    }

    /// <summary>The Markdown table: one row per key, in the key table's order, then the compatibility keys.</summary>
    private static string Table()
    {
        var text = new StringBuilder();
        text.Append("| key | stage | default | allowed | meaning |\n");
        text.Append("|---|---|---|---|---|\n");
        foreach (SettingKey key in SettingKeys.Accepted())
        {
            string defaultValue = key.IsRecorded ? $"`{key.DefaultJson.Trim('"')}`" : "—";
            text.Append($"| `{key.Name}` | {StageName(key.Stage)} | {defaultValue} | {key.Allowed} | {key.Doc} |\n");
        }

        return text.ToString();
    }

    private static string StageName(SettingStage stage) => stage switch
    {
        SettingStage.Ibsi2Filters => "IBSI 2 filters",
        SettingStage.Ibsi => "IBSI profile",
        _ => stage.ToString().ToLowerInvariant(),
    };
}
