using System.Diagnostics;

namespace Radiomics.Dicom.Tests.Support;

/// <summary>
/// The external validators the writer tests run: <c>dciodvfy</c> (Debian dicom3tools), <c>dcmdump</c> and
/// <c>dsrdump</c> (Debian dcmtk), and <c>xmllint</c> (Debian libxml2-utils) for the 3D Slicer module description. A
/// test that needs one skips, saying which, when it is not installed — except under
/// <c>CI=true</c>, where a missing validator fails the test.
/// </summary>
public static class DicomTools
{
    public sealed record Output(int ExitCode, string StandardOutput, string StandardError)
    {
        public string All => StandardOutput + StandardError;
    }

    /// <summary>Runs <paramref name="tool"/> with <paramref name="arguments"/>, skipping (or failing under CI) when it is absent.</summary>
    public static Output Run(string tool, params string[] arguments)
    {
        string? path = Find(tool);
        if (path is null)
        {
            string package = tool switch { "dciodvfy" => "dicom3tools", "xmllint" => "libxml2-utils", _ => "dcmtk" };
            string message = $"'{tool}' is not installed (apt-get install -y {package}); the check it makes is skipped.";
            if (Radiomics.Tests.Support.TestData.IsCi)
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
        }

        var start = new ProcessStartInfo(path!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Output(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The "Error" lines <c>dciodvfy</c> prints for <paramref name="file"/>, and its "Warning" lines.</summary>
    public static (List<string> Errors, List<string> Warnings) Validate(string file)
    {
        Output output = Run("dciodvfy", file);
        var lines = output.All.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal)).ToList(),
            lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal)).ToList());
    }

    private static string? Find(string tool)
    {
        foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(folder, tool);
            if (folder.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
