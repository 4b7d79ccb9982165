using System.Security.Cryptography;
using System.Text;
using Radiomics.Configuration;
using Radiomics.Extraction;

namespace Radiomics.Cli.Batch;

/// <summary>
/// Identifies what a batch computes: the case list's bytes, the tool version, the effective settings, image types,
/// feature classes and parameter text, the label mode and --skip-nans. A journal or shard file is only reused or merged under the
/// same fingerprint, so a resumed or merged output cannot mix results of different batches.
/// </summary>
public static class BatchFingerprint
{
    /// <param name="salt">What else the run's command computes from the cases (empty for <c>batch</c>), so a journal of one command is never resumed by another.</param>
    public static string Compute(CaseList cases, ExtractionParameters parameters, bool allLabels, bool skipNans = false, string salt = "")
    {
        var text = new StringBuilder();
        text.Append("radiomics-batch/1\n");
        text.Append(typeof(RadiomicsExtractor).Assembly.GetName().Version).Append('\n');
        text.Append(Convert.ToHexStringLower(SHA256.HashData(cases.Bytes))).Append('\n');
        text.Append(SettingsFormatter.ToJson(parameters.Settings)).Append('\n');
        foreach (ImageTypeRequest type in parameters.ImageTypes)
        {
            text.Append("imageType ").Append(type.Name).Append(' ').Append(SettingsFormatter.ToJson(type.Overrides)).Append('\n');
        }

        foreach (FeatureClassRequest family in parameters.FeatureClasses ?? [])
        {
            text.Append("featureClass ").Append(family.Family).Append(' ').Append(family.Features is null ? "*" : string.Join(",", family.Features)).Append('\n');
        }

        text.Append(parameters.FeatureClasses is null ? "featureClasses default\n" : "");
        text.Append("voxel ").Append(SettingsFormatter.ToJson(parameters.VoxelOverrides)).Append('\n');
        text.Append("params ").Append(parameters.SourceText ?? "(defaults)").Append('\n');
        text.Append("allLabels ").Append(allLabels).Append('\n');
        text.Append(parameters.Regions.Count > 0 ? $"regions {Radiomics.Configuration.Regions.RegionSettingsFormatter.ToJson(parameters.Regions)}\n" : ""); // absent without regions, as skipNans
        text.Append(skipNans ? "skipNans\n" : ""); // absent when off, so earlier journals and shards still match
        text.Append(salt.Length > 0 ? $"salt {salt}\n" : "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
