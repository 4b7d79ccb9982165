using System.Security.Cryptography;
using System.Text;
using Radiomics.Extraction;

namespace Radiomics.Analysis.Reports;

/// <summary>The diagnostics a reader checks first, with readable labels, from a result's <c>diagnostics_*</c> entries.</summary>
internal static class KeyDiagnostics
{
    private static readonly (string Label, string Key)[] Rows =
    [
        ("Radiomics.NET version", "diagnostics_Versions_RadiomicsNET"),
        (".NET version", "diagnostics_Versions_DotNet"),
        ("Parameters", "diagnostics_Configuration_ParameterSource"),
        ("Parameter file SHA-256", "diagnostics_Configuration_ParameterSha256"),
        ("Image voxel hash (SHA-1)", "diagnostics_Image-original_Hash"),
        ("Image file SHA-256", "diagnostics_Image-original_FileSha256"),
        ("Mask voxel hash (SHA-1)", "diagnostics_Mask-original_Hash"),
        ("Mask file SHA-256", "diagnostics_Mask-original_FileSha256"),
        ("Spacing (mm)", "diagnostics_Image-original_Spacing"),
        ("Size (voxels)", "diagnostics_Image-original_Size"),
        ("Resampled spacing (mm)", "diagnostics_Image-interpolated_Spacing"),
        ("Resampled size (voxels)", "diagnostics_Image-interpolated_Size"),
        ("ROI voxels", "diagnostics_Mask-original_VoxelNum"),
        ("ROI voxels after resampling", "diagnostics_Mask-interpolated_VoxelNum"),
        ("ROI voxels after re-segmentation", "diagnostics_Mask-resegmented_VoxelNum"),
        ("Connected components", "diagnostics_Mask-original_VolumeNum"),
        ("Bounding box (x, y, z, size)", "diagnostics_Mask-original_BoundingBox"),
        ("Centre of mass (mm)", "diagnostics_Mask-original_CenterOfMass"),
    ];

    /// <summary>Label → value for the rows present, with the settings' SHA-256 (of the canonical settings JSON) after the parameters.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Of(DiagnosticValues diagnostics, IEnumerable<KeyValuePair<string, ResultValue>> entries)
    {
        var rows = new List<KeyValuePair<string, string>>();
        foreach (var (label, key) in Rows)
        {
            if (diagnostics.Text(key) is { } value)
            {
                rows.Add(KeyValuePair.Create(label, value));
            }

            if (key == "diagnostics_Configuration_ParameterSource" && diagnostics.Text("diagnostics_Configuration_Settings") is { } settings)
            {
                rows.Add(KeyValuePair.Create("Settings SHA-256", SettingsHash(settings)));
            }
        }

        return rows;
    }

    /// <summary>SHA-256 of the canonical settings JSON (<c>diagnostics_Configuration_Settings</c>, UTF-8): equal settings, equal hash.</summary>
    public static string SettingsHash(string settingsJson) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(settingsJson)));
}
