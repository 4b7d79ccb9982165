using Radiomics.Analysis.Models;

namespace Radiomics.Cli.Json;

/// <summary>The <c>evaluate</c> settings of <c>radiomics model evaluate</c>'s provenance (names as written: camelCase).</summary>
internal sealed record EvaluationRunSettings(ModelOutcome Outcome, string Score, string? Compare, int? Bootstrap, long? Seed);
