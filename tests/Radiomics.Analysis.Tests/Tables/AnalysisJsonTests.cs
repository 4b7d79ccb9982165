using System.Text.Json;
using Radiomics.Analysis.Statistics;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Tests.Tables;

/// <summary>The reflection-free JSON conventions (<see cref="AnalysisJson"/>, <see cref="AnalysisEnumConverter"/>).</summary>
public class AnalysisJsonTests
{
    [Fact]
    public void EnumConverter_ListsEveryPublicEnumOfTheAnalysisAssembly()
    {
        Type[] enums = [.. typeof(AnalysisJson).Assembly.GetExportedTypes().Where(t => t.IsEnum)];

        Assert.NotEmpty(enums);
        Assert.All(enums, e => Assert.Contains(e, AnalysisEnumConverter.KnownTypes));
    }

    [Fact]
    public void EnumConverter_WritesNamesByThePolicyAndRefusesAnUnlistedEnum()
    {
        var options = new JsonSerializerOptions { Converters = { new AnalysisEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) } };

        Assert.Equal("\"icc3k\"", JsonSerializer.Serialize(IccType.Icc3k, options));
        Assert.Equal(IccType.Icc3k, JsonSerializer.Deserialize<IccType>("\"icc3k\"", options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IccType>("2", options));
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(DayOfWeek.Monday, options));
    }

    [Fact]
    public void Serialize_AnUnlistedType_IsRefusedRatherThanReflectedOver()
    {
        Assert.Throws<NotSupportedException>(() => AnalysisJson.Serialize(new Uri("https://example.org"), AnalysisJson.Options));
    }
}
