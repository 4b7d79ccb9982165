using System.Text.Json;
using System.Text.Json.Serialization;
using Radiomics.Analysis.Delta;
using Radiomics.Analysis.Habitats;
using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Statistics;

namespace Radiomics.Analysis.Tables;

/// <summary>
/// Compile-time JSON metadata (System.Text.Json source generation) for every analysis record written or read as JSON,
/// and for the values the command line puts into <c>object</c>-typed settings maps. The serializer options
/// (<see cref="AnalysisJson.Options"/>, the model and habitat-model options) take their naming, number and enum
/// conventions from themselves and their type metadata from here, so no reflection is needed at run time and the
/// ahead-of-time compiled tool writes the same bytes as the JIT build. A type serialised through these options must be
/// listed here (else the serializer throws <see cref="NotSupportedException"/> naming it).
/// </summary>
[JsonSerializable(typeof(AnalysisProvenance))]
[JsonSerializable(typeof(CombatModel))]
[JsonSerializable(typeof(CombatSettings))]
[JsonSerializable(typeof(LinearPredictorModel))]
[JsonSerializable(typeof(ModelSettings))]
[JsonSerializable(typeof(ModelOutcome))]
[JsonSerializable(typeof(TwoStepHabitatModelJson.Envelope))]
[JsonSerializable(typeof(HabitatClusteringOptions))]
[JsonSerializable(typeof(FeatureTableReadSettings))]
[JsonSerializable(typeof(IccSettings))]
[JsonSerializable(typeof(DeltaOptions))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, object>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, object?>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
