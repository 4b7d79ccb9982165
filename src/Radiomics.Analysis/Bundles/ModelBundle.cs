using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Models;

namespace Radiomics.Analysis.Bundles;

/// <summary>
/// A locked-down model bundle, the deployable unit of a multicentre study: the exact extraction settings, the ComBat
/// estimates (optional), the selected features (optional), the fitted model, the features the chain needs and a check
/// case. Made by <see cref="BundleBuilder.Create"/>, written and read by <see cref="BundleFile"/> (one canonical JSON
/// file whose content carries a SHA-256), re-checked by <see cref="BundleVerifier"/> and applied by
/// <see cref="BundlePipeline"/>.
/// </summary>
public sealed record ModelBundle
{
    /// <summary>The file format's name.</summary>
    public const string FormatName = "radiomics-bundle";

    /// <summary>The file format's version this library writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The tool that made the bundle.</summary>
    public required string Tool { get; init; }

    /// <summary>The version of the library that made the bundle.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>The extraction settings: the parameter file's text, its hash and the settings it bound to.</summary>
    public required BundleExtraction Extraction { get; init; }

    /// <summary>The ComBat model applied to the extracted features before the model, or null.</summary>
    public CombatModel? Harmonisation { get; init; }

    /// <summary>The selected features the study recorded, or null.</summary>
    public BundleSelection? Selection { get; init; }

    /// <summary>The fitted model applied last.</summary>
    public required LinearPredictorModel Model { get; init; }

    /// <summary>
    /// The features the chain reads from an extraction, in extraction order: the ComBat model's features (harmonised
    /// and left unchanged) when there is harmonisation, and the model's features with a non-zero coefficient.
    /// </summary>
    public required IReadOnlyList<string> RequiredFeatures { get; init; }

    /// <summary>The synthetic check case and its expected feature values, which <see cref="BundleVerifier"/> recomputes.</summary>
    public required CheckCase CheckCase { get; init; }

    /// <summary>
    /// The SHA-256 of the bundle's canonical content (lower-case hex): what <see cref="BundleFile.Write"/> computed, or
    /// what <see cref="BundleFile.Read"/> found and checked; null on a bundle not yet written.
    /// </summary>
    public string? ContentSha256 { get; init; }
}
