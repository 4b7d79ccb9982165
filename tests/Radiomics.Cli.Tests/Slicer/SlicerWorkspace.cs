using System.Diagnostics;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Slicer;

/// <summary>
/// A temporary folder, the repository's Slicer launcher (<c>tools/slicer/RadiomicsNET</c>) and a way to run it as a
/// process with <c>RADIOMICS_TOOL</c> pointing at the tool built beside the tests — what Slicer does on Linux.
/// </summary>
public sealed class SlicerWorkspace : IDisposable
{
    public SlicerWorkspace()
    {
        Folder = Directory.CreateTempSubdirectory("radiomics-slicer-").FullName;
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "global.json")))
        {
            directory = directory.Parent;
        }

        RepositoryRoot = directory?.FullName ?? throw new InvalidOperationException("the repository root (global.json) is not above the test binaries");
    }

    public string Folder { get; }

    public string RepositoryRoot { get; }

    public string Launcher => Path.Combine(RepositoryRoot, "tools", "slicer", "RadiomicsNET");

    /// <summary>The tool's executable as the build put it beside the tests (the apphost of Radiomics.Cli).</summary>
    public static string Tool => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "radiomics.exe" : "radiomics");

    public string PathIn(string name) => Path.Combine(Folder, name);

    /// <summary>Runs the launcher with <paramref name="arguments"/> as Slicer would (no shell, arguments as a list).</summary>
    public (int ExitCode, string Output, string Error) RunLauncher(IReadOnlyList<string> arguments)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("the launcher run here is the POSIX one (tools/slicer/RadiomicsNET)");
        }

        var start = new ProcessStartInfo(Launcher) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["RADIOMICS_TOOL"] = Tool;
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
