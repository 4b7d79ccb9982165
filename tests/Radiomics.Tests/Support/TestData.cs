namespace Radiomics.Tests.Support;

/// <summary>
/// Locates the reference data (IBSI phantoms, reference values, PyRadiomics outputs, analysis oracles). The folder is
/// <c>$RADIOMICS_TESTDATA</c>, else the repository's own <c>tests/data</c> (see its README). Tests that need it
/// call <see cref="Require"/>: under CI (<c>CI=true</c>) a missing folder fails the test loudly; elsewhere the
/// test is skipped with a message saying what is missing.
/// </summary>
public static class TestData
{
    public const string EnvironmentVariable = "RADIOMICS_TESTDATA";

    public static string Root { get; } = FindRoot();

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of <paramref name="relativePath"/> under the data root, failing or skipping when absent.</summary>
    public static string Require(string relativePath)
    {
        string path = Path.Combine(Root, relativePath);
        if (File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }

        string message = $"Reference data '{relativePath}' not found under '{Root}'. The repository's tests/data holds it; {EnvironmentVariable} may point elsewhere.";
        if (IsCi)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return path;
    }

    public static string IbsiDigitalPhantomImage => Require("ibsi1/digital_phantom/nifti/image/phantom.nii.gz");

    public static string IbsiDigitalPhantomMask => Require("ibsi1/digital_phantom/nifti/mask/mask.nii.gz");

    public static string IbsiCtPhantomImage => Require("ibsi1/ct_phantom/nifti/image/phantom.nii.gz");

    public static string IbsiCtPhantomMask => Require("ibsi1/ct_phantom/nifti/mask/mask.nii.gz");

    private static string FindRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        return Path.GetFullPath(Path.Combine(RepositoryRoot, "tests", "data"));
    }

    /// <summary>The repository root: the folder holding global.json above the test binaries (else the current folder).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "global.json")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? Directory.GetCurrentDirectory();
        }
    }
}
