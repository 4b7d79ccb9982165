using System.Security.Cryptography;
using System.Text;
using Radiomics.Compliance;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Compliance;

/// <summary>The reference data ibsi-check uses: the copy embedded in the library, a folder, and the digest a report carries.</summary>
public class ReferenceDataTests
{
    [Fact]
    public void Embedded_HoldsEveryFileEverySuiteReads()
    {
        RequireEmbeddedData();
        string[] needed = ComplianceSuites.All.SelectMany(s => s.DataFiles).Distinct().ToArray();

        Assert.Equal(48, needed.Length); // 4 IBSI 1 images, 6 IBSI 1 tables, 4 IBSI 2 phantoms, 33 maps, the phase-2 table
        Assert.Empty(needed.Except(ReferenceData.EmbeddedFiles));
    }

    [Fact]
    public void Embedded_CarriesTheDataLicences()
    {
        RequireEmbeddedData();
        Assert.Contains("ibsi1/ct_phantom/LICENSE.md", ReferenceData.EmbeddedFiles);
        Assert.Contains("ibsi2/LICENSE-reference-data", ReferenceData.EmbeddedFiles);
        Assert.Contains("ibsi2/digital_phantoms/LICENSE.md", ReferenceData.EmbeddedFiles);
    }

    [Fact]
    public void Embedded_IsWrittenToAPrivateFolder_AndDisposeDeletesIt()
    {
        RequireEmbeddedData();
        string root;
        using (ReferenceData data = ReferenceData.Embedded())
        {
            root = data.Root;
            Assert.True(data.IsEmbedded);
            Assert.Equal("embedded", data.Source);
            Assert.All(ReferenceData.EmbeddedFiles, f => Assert.True(File.Exists(Path.Combine(root, f)), f));
        }

        Assert.False(Directory.Exists(root));
    }

    [Fact]
    public void Embedded_RemovesCopiesLeftByProcessesThatNoLongerRun()
    {
        RequireEmbeddedData();
        string leftover = Directory.CreateTempSubdirectory(ReferenceData.TemporaryPrefix + int.MaxValue + "-").FullName;
        File.WriteAllText(Path.Combine(leftover, "x.csv"), "1\n");
        string running = Directory.CreateTempSubdirectory(ReferenceData.TemporaryPrefix + Environment.ProcessId + "-").FullName;
        try
        {
            using (ReferenceData.Embedded())
            {
            }

            Assert.False(Directory.Exists(leftover));
            Assert.True(Directory.Exists(running));
        }
        finally
        {
            Directory.Delete(running, recursive: true);
            if (Directory.Exists(leftover))
            {
                Directory.Delete(leftover, recursive: true);
            }
        }
    }

    [Fact]
    public void Embedded_DigestEqualsTheRepositoryCopy()
    {
        RequireEmbeddedData();
        using ReferenceData embedded = ReferenceData.Embedded();
        using ReferenceData folder = ReferenceData.FromFolder(TestData.Root);

        ReferenceDataDigest fromEmbedded = embedded.Digest(ComplianceSuites.All);
        ReferenceDataDigest fromFolder = folder.Digest(ComplianceSuites.All);

        Assert.Equal(48, fromEmbedded.Files.Count);
        Assert.Equal(fromFolder.Sha256, fromEmbedded.Sha256);
        Assert.Equal(fromFolder.Files, fromEmbedded.Files);
    }

    [Fact]
    public void Digest_IsTheHashOfSha256sumsListingSortedByPath_AndSkipsAbsentFiles()
    {
        string root = Directory.CreateTempSubdirectory("radiomics-digest-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "b"));
            File.WriteAllText(Path.Combine(root, "b/x.csv"), "1,2\n");
            File.WriteAllText(Path.Combine(root, "a.txt"), "hello\n");
            string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            string listing = $"{Hash("hello\n")}  a.txt\n{Hash("1,2\n")}  b/x.csv\n";

            ReferenceDataDigest digest = ReferenceDataDigest.Compute(root, ["b/x.csv", "missing.nii.gz", "a.txt", "a.txt"]);

            Assert.Equal(["a.txt", "b/x.csv"], digest.Files.Select(f => f.Path));
            Assert.Equal(Hash(listing), digest.Sha256);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void FromFolder_MissingFolder_Throws() =>
        Assert.Throws<DirectoryNotFoundException>(() => ReferenceData.FromFolder(Path.Combine(Path.GetTempPath(), "radiomics-no-such-folder-" + Guid.NewGuid())));

    /// <summary>The build embeds tests/data's IBSI files only when they are there (Radiomics.csproj).</summary>
    private static void RequireEmbeddedData() => TestData.Require("ibsi2/phase2_reference_values.csv");
}
