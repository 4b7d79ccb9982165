using System.Security.Cryptography;
using System.Text;
using Radiomics.Analysis.Harmonisation;
using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tables;
using Radiomics.Configuration;
using Radiomics.Extraction;

namespace Radiomics.Analysis.Bundles;

/// <summary>
/// Makes a <see cref="ModelBundle"/> from a parameter file's text, optional ComBat estimates and selected features, and
/// a fitted model, and checks that they fit together: the features the parameter file produces (found by extracting
/// the check case) must include every feature the ComBat model harmonises, and what reaches the model (the ComBat
/// output, or the extraction itself) every feature with a non-zero coefficient; with a selection, those features must
/// be among the selected. Each failure is one line naming the missing features.
/// </summary>
public static class BundleBuilder
{
    /// <summary>The check case's seed unless another is given.</summary>
    public const ulong DefaultCheckSeed = 20_260_521;

    /// <summary>The check case's edge in voxels unless another is given.</summary>
    public const int DefaultCheckSize = 20;

    /// <summary>Builds and checks a bundle.</summary>
    /// <param name="parameterFile">The parameter file's name (recorded for messages).</param>
    /// <param name="parameterText">The parameter file's text (recorded exactly).</param>
    /// <param name="model">The fitted model.</param>
    /// <param name="harmonisation">ComBat estimates applied before the model, or null. Covariates are not allowed: a case's images do not carry them.</param>
    /// <param name="selection">The selected features, or null.</param>
    /// <param name="checkSeed">The seed of the synthetic check case's image and mask.</param>
    /// <param name="checkSize">The check case's edge in voxels.</param>
    /// <exception cref="BundleException">The parts do not fit together, or the check case cannot be extracted with the settings.</exception>
    public static ModelBundle Create(
        string parameterFile,
        string parameterText,
        LinearPredictorModel model,
        CombatModel? harmonisation = null,
        BundleSelection? selection = null,
        ulong checkSeed = DefaultCheckSeed,
        int checkSize = DefaultCheckSize)
    {
        ArgumentNullException.ThrowIfNull(model);
        ExtractionParameters parameters;
        try
        {
            parameters = PipelineParameters.Parse(parameterText, parameterFile);
        }
        catch (ParameterException e)
        {
            throw new BundleException(e.Message.TrimEnd('.'), e);
        }

        if (harmonisation is { Covariates.Count: > 0 })
        {
            throw new BundleException(
                $"the harmonisation preserves covariates ({string.Join(", ", harmonisation.Covariates.Select(c => c.Name))}), which images do not carry; fit ComBat without covariates for a bundle");
        }

        var extraction = new BundleExtraction(
            Path.GetFileName(parameterFile),
            parameterText,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parameterText))),
            SettingsFormatter.ToJson(parameters.Settings));
        var draft = new ModelBundle
        {
            Tool = AnalysisProvenance.ToolName,
            ToolVersion = AnalysisProvenance.CurrentVersion,
            Extraction = extraction,
            Harmonisation = harmonisation,
            Selection = selection,
            Model = model,
            RequiredFeatures = [],
            CheckCase = new CheckCase(CheckCaseImage.Description, checkSeed, checkSize, parameters.Settings.Mask.Label, []),
        };
        BundlePipeline pipeline = BundlePipeline.Open(draft, parameterFile);
        var produced = BundleVerifier.Compute(pipeline, checkSeed, checkSize, parameters.Settings.Mask.Label, parameterFile);
        var producedNames = produced.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        string[] modelFeatures = model.NonZeroCoefficients().Select(p => p.Key).ToArray();
        var needed = new HashSet<string>(modelFeatures, StringComparer.Ordinal);
        if (harmonisation is not null)
        {
            string[] harmonised = [.. harmonisation.Features, .. harmonisation.FeaturesLeftUnchanged];
            Require(harmonised.Where(f => !producedNames.Contains(f)), $"the harmonisation needs feature(s) the parameter file {parameterFile} does not produce");
            var output = harmonised.ToHashSet(StringComparer.Ordinal);
            Require(modelFeatures.Where(f => !output.Contains(f)), "the model needs feature(s) the harmonisation does not output");
            needed.UnionWith(harmonised);
        }
        else
        {
            Require(modelFeatures.Where(f => !producedNames.Contains(f)), $"the model needs feature(s) the parameter file {parameterFile} does not produce");
        }

        if (selection is not null)
        {
            var selected = selection.Selected.ToHashSet(StringComparer.Ordinal);
            Require(modelFeatures.Where(f => !selected.Contains(f)), $"the model uses feature(s) the selection {selection.Source} did not keep");
        }

        var values = produced.Where(p => needed.Contains(p.Key)).ToArray();
        return draft with
        {
            RequiredFeatures = values.Select(p => p.Key).ToArray(),
            CheckCase = draft.CheckCase with { Values = values },
        };
    }

    private static void Require(IEnumerable<string> missing, string problem)
    {
        var list = missing.ToList();
        if (list.Count > 0)
        {
            string names = string.Join(", ", list.Take(8).Select(n => $"'{n}'")) + (list.Count > 8 ? $" and {list.Count - 8} more" : "");
            throw new BundleException($"{problem}: {names}");
        }
    }
}
