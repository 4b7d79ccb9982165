using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Radiomics.Analysis.Delta;
using Radiomics.Analysis.Habitats;
using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Reports;
using Radiomics.Analysis.Selection;
using Radiomics.Analysis.Statistics;
using Radiomics.Analysis.Validation;

namespace Radiomics.Analysis.Tables;

/// <summary>
/// Enums as strings, as <see cref="JsonStringEnumConverter"/> writes them (its naming policy and integer handling), but
/// over an explicit table of the analysis enums (<see cref="JsonStringEnumConverter{TEnum}"/> per type) instead of
/// constructing generic converters at run time, so it holds under ahead-of-time compilation. An enum missing from the
/// table is refused with <see cref="NotSupportedException"/> naming it (a test checks that every public enum of this
/// assembly is listed).
/// </summary>
public sealed class AnalysisEnumConverter(JsonNamingPolicy? namingPolicy = null, bool allowIntegerValues = true) : JsonConverterFactory
{
    private static readonly FrozenDictionary<Type, Func<JsonNamingPolicy?, bool, JsonSerializerOptions, JsonConverter>> Converters =
        new Dictionary<Type, Func<JsonNamingPolicy?, bool, JsonSerializerOptions, JsonConverter>>
        {
            [typeof(FeatureTableFormat)] = Create<FeatureTableFormat>,
            [typeof(Learner)] = Create<Learner>,
            [typeof(CoxTies)] = Create<CoxTies>,
            [typeof(LambdaRule)] = Create<LambdaRule>,
            [typeof(SliceChoice)] = Create<SliceChoice>,
            [typeof(ImagingModality)] = Create<ImagingModality>,
            [typeof(WarningKind)] = Create<WarningKind>,
            [typeof(AnatomicalPlane)] = Create<AnatomicalPlane>,
            [typeof(CombatPrior)] = Create<CombatPrior>,
            [typeof(CovariateKind)] = Create<CovariateKind>,
            [typeof(DeltaMode)] = Create<DeltaMode>,
            [typeof(ClusterCountCriterion)] = Create<ClusterCountCriterion>,
            [typeof(IthScoreScope)] = Create<IthScoreScope>,
            [typeof(GaussianMixtureInitialisation)] = Create<GaussianMixtureInitialisation>,
            [typeof(HabitatAlgorithm)] = Create<HabitatAlgorithm>,
            [typeof(FeatureScaling)] = Create<FeatureScaling>,
            [typeof(KMeansInitialisation)] = Create<KMeansInitialisation>,
            [typeof(EmptyClusterPolicy)] = Create<EmptyClusterPolicy>,
            [typeof(MissingValueHandling)] = Create<MissingValueHandling>,
            [typeof(IccType)] = Create<IccType>,
            [typeof(RiskDirection)] = Create<RiskDirection>,
            [typeof(ScoreDirection)] = Create<ScoreDirection>,
            [typeof(ClusterRepresentative)] = Create<ClusterRepresentative>,
            [typeof(SelectionMethod)] = Create<SelectionMethod>,
            [typeof(CorrelationMethod)] = Create<CorrelationMethod>,
        }.ToFrozenDictionary();

    /// <summary>The enum types this converter writes by name.</summary>
    public static IReadOnlyCollection<Type> KnownTypes => Converters.Keys;

    /// <summary>True for every enum type (an unlisted one is refused when its converter is created).</summary>
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    /// <summary>The string converter of <paramref name="typeToConvert"/>, with this converter's naming policy and integer handling.</summary>
    /// <exception cref="NotSupportedException">The enum is not in the table.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        Converters.TryGetValue(typeToConvert, out var create)
            ? create(namingPolicy, allowIntegerValues, options)
            : throw new NotSupportedException($"the enum {typeToConvert.FullName} is not listed in {nameof(AnalysisEnumConverter)}");

    // JsonStringEnumConverter<TEnum> is itself a factory: the converter it makes for TEnum is the one to return.
    private static JsonConverter Create<TEnum>(JsonNamingPolicy? policy, bool allowIntegers, JsonSerializerOptions options)
        where TEnum : struct, Enum => new JsonStringEnumConverter<TEnum>(policy, allowIntegers).CreateConverter(typeof(TEnum), options);
}
