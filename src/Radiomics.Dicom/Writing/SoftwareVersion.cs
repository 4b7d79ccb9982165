using System.Reflection;

namespace Radiomics.Dicom.Writing;

/// <summary>The Radiomics.NET version written into DICOM objects (Software Versions, the SR's algorithm version).</summary>
internal static class SoftwareVersion
{
    /// <summary>The product name written as manufacturer, model and algorithm name.</summary>
    public const string ProductName = "Radiomics.NET";

    /// <summary>The informational version of the Radiomics.NET library without build metadata, e.g. "0.1.0".</summary>
    public static string Short { get; } =
        typeof(Radiomics.Extraction.FeatureResult).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(Radiomics.Extraction.FeatureResult).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
