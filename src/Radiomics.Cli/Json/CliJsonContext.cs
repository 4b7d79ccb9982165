using System.Text.Json.Serialization;
using Radiomics.Cli.Commands.Analysis;
using Radiomics.Cli.Commands.Regions;

namespace Radiomics.Cli.Json;

/// <summary>
/// Compile-time JSON metadata for the command line's own provenance records and the settings records it puts into
/// their <c>object</c>-typed settings maps (the analysis library's types come from its own context, see
/// <see cref="CliJson.Options"/>). A type written through <see cref="CliJson.Options"/> must be listed here or there.
/// </summary>
[JsonSerializable(typeof(AnalysisRunProvenance))]
[JsonSerializable(typeof(HabitatRunProvenance))]
[JsonSerializable(typeof(EvaluationRunSettings))]
[JsonSerializable(typeof(PredictionModelReference))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
