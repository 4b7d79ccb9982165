using System.Reflection;
using System.Runtime.InteropServices;

namespace Radiomics.Compliance;

/// <summary>What a compliance report records about where it ran.</summary>
/// <param name="ToolVersion">Radiomics.NET's informational version (version + source revision, e.g. "0.1.0+fdcc63d…").</param>
/// <param name="Runtime">The .NET runtime (e.g. ".NET 10.0.0").</param>
/// <param name="RuntimeIdentifier">The platform (e.g. "linux-x64").</param>
/// <param name="OperatingSystem">The operating system's own description.</param>
/// <param name="Architecture">The process architecture (e.g. "X64").</param>
/// <param name="ProcessorCount">Logical processors available to the process.</param>
public sealed record RunEnvironment(string ToolVersion, string Runtime, string RuntimeIdentifier, string OperatingSystem, string Architecture, int ProcessorCount)
{
    /// <summary>This process's environment.</summary>
    public static RunEnvironment Current()
    {
        Assembly library = typeof(RunEnvironment).Assembly;
        string version = library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? library.GetName().Version?.ToString() ?? "unknown";
        return new RunEnvironment(
            version,
            RuntimeInformation.FrameworkDescription,
            RuntimeInformation.RuntimeIdentifier,
            RuntimeInformation.OSDescription,
            RuntimeInformation.ProcessArchitecture.ToString(),
            Environment.ProcessorCount);
    }
}
