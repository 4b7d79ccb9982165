using System.Text.Json;
using Radiomics.Analysis.Tables;
using static Radiomics.Analysis.Common.JsonFields;

namespace Radiomics.Analysis.Harmonisation;

/// <summary>
/// Reads a <see cref="CombatModel"/> from its JSON (as <see cref="CombatModelJson"/> writes it) member by member: the
/// one reader of ComBat model files and of the estimates a bundle embeds. Written by hand for the reason
/// <c>ModelReader</c> is (the serializer's start-up cost in <c>bundle predict</c>); enums are read by the camelCase names
/// the writer gives them. The tests check that a model read back serialises to the same text.
/// </summary>
internal static class CombatModelReader
{
    /// <summary>The ComBat model in <paramref name="e"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="FeatureTableException">Not a ComBat model of the version this library reads, or a member missing or of the wrong kind.</exception>
    public static CombatModel Read(JsonElement e, string source)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("format", out JsonElement format) || format.ValueKind != JsonValueKind.String || format.GetString() != CombatModel.FormatName)
        {
            throw new FeatureTableException($"{source}: not a ComBat model (expected \"format\": \"{CombatModel.FormatName}\")");
        }

        if (!e.TryGetProperty("version", out JsonElement version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out int v) || v != CombatModel.CurrentVersion)
        {
            throw new FeatureTableException($"{source}: ComBat model version {(e.TryGetProperty("version", out JsonElement x) ? x.GetRawText() : "missing")}; this version reads version {CombatModel.CurrentVersion}");
        }

        try
        {
            return Members(e);
        }
        catch (Exception problem) when (IsShapeProblem(problem))
        {
            throw new FeatureTableException($"{source}: not a valid ComBat model ({problem.Message.Split('\n')[0].TrimEnd('.')})", problem);
        }
    }

    private static CombatModel Members(JsonElement e)
    {
        JsonElement settings = Member(e, "settings"), provenance = Member(e, "provenance");
        return new CombatModel
        {
            Settings = new CombatSettings
            {
                BatchColumn = Text(settings, "batchColumn"),
                Covariates = Texts(settings, "covariates"),
                CategoricalCovariates = Texts(settings, "categoricalCovariates"),
                Prior = Text(settings, "prior") switch { "parametric" => CombatPrior.Parametric, "nonParametric" => CombatPrior.NonParametric, var x => Unknown<CombatPrior>("prior", x) },
                MeanOnly = Bool(settings, "meanOnly"),
                ReferenceBatch = OptionalText(settings, "referenceBatch"),
            },
            Features = Texts(e, "features"),
            FeaturesLeftUnchanged = Texts(e, "featuresLeftUnchanged"),
            MeanOnlyUsed = Bool(e, "meanOnlyUsed"),
            Batches = Objects(e, "batches", b => new CombatBatch(
                Text(b, "name"), Int(b, "sampleCount"), Numbers(b, "gammaHat"), Numbers(b, "deltaHat"), Number(b, "gammaBar"), Number(b, "tau2"),
                Number(b, "aPrior"), Number(b, "bPrior"), Numbers(b, "gammaStar"), Numbers(b, "deltaStar"))),
            Covariates = Objects(e, "covariates", c => new CombatCovariate(Text(c, "name"), Text(c, "kind") switch { "numeric" => CovariateKind.Numeric, "categorical" => CovariateKind.Categorical, var x => Unknown<CovariateKind>("kind", x) }, Texts(c, "levels"))),
            DesignColumns = Objects(e, "designColumns", d => new CombatDesignColumn(Text(d, "name"), Text(d, "covariate"), OptionalText(d, "level"), Numbers(d, "coefficients"))),
            GrandMean = Numbers(e, "grandMean"),
            PooledVariance = Numbers(e, "pooledVariance"),
            SampleCount = Int(e, "sampleCount"),
            Warnings = Texts(e, "warnings"),
            Provenance = new AnalysisProvenance(Text(provenance, "tool"), Text(provenance, "toolVersion"), Text(provenance, "inputSha256"), Text(provenance, "settingsSha256")),
        };
    }
}
