using System.Diagnostics;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Aot;

/// <summary>
/// The ahead-of-time compiled tool (<c>artifacts/aot/radiomics</c>, published by <c>.ci/run</c> or by
/// <c>dotnet publish src/Radiomics.Cli -c Release -r linux-x64 -o artifacts/aot</c>; <c>$RADIOMICS_AOT_BINARY</c> names
/// another). When it is absent the tests that need it are skipped with a message, and fail under CI (<c>CI=true</c>),
/// where <c>.ci/run</c> builds it first (on linux-x64).
/// </summary>
internal static class AotBinary
{
    public const string EnvironmentVariable = "RADIOMICS_AOT_BINARY";

    /// <summary>The binary's path, skipping (or under CI failing) the calling test when it is not built.</summary>
    public static string Require()
    {
        string? path = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrEmpty(path))
        {
            string? root = RepositoryRoot();
            path = root is null ? "artifacts/aot/radiomics" : Path.Combine(root, "artifacts", "aot", OperatingSystem.IsWindows() ? "radiomics.exe" : "radiomics");
        }

        if (File.Exists(path))
        {
            return path;
        }

        string message = $"The AOT-compiled tool '{path}' is not built (dotnet publish src/Radiomics.Cli -c Release -r linux-x64 -o artifacts/aot; or set {EnvironmentVariable}).";
        // .ci/run publishes the binary on linux-x64 only (the RID the tool package is built for).
        bool ciBuildsIt = OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64;
        if (TestData.IsCi && ciBuildsIt)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return path;
    }

    /// <summary>Runs the binary with <paramref name="args"/> (no shell), waiting for it; returns its exit code and what it printed.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Require())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    private static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Radiomics.slnx")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
