using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Docs;

/// <summary>Runs alone: a sample runs with the process's current folder and console redirected.</summary>
[CollectionDefinition(nameof(DocSampleCollection), DisableParallelization = true)]
public sealed class DocSampleCollection;

/// <summary>
/// Every C# sample of README.md, docs/*.md and the package readmes compiles against the built libraries, and every complete sample runs
/// (see <see cref="DocSample"/> for the markers), so no sample can rot unnoticed.
/// </summary>
[Collection(nameof(DocSampleCollection))]
public class DocSampleTests
{
    public static TheoryData<string> Samples => [.. DocSamples.All.Select(s => s.Id)];

    [Fact]
    public void Docs_HaveSamples_AndSomeRun()
    {
        Assert.True(DocSamples.All.Count >= 6, string.Join(", ", DocSamples.All));
        Assert.Contains(DocSamples.All, s => s.Kind == DocSampleKind.Run);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_Compiles_AndRunsWhenComplete(string id)
    {
        DocSample sample = DocSamples.All.Single(s => s.Id == id);
        var (errors, image) = SampleCompiler.Compile(sample);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors) + Environment.NewLine + SampleCompiler.ProgramText(sample));
        if (sample.Kind != DocSampleKind.Run)
        {
            return;
        }

        TestData.Require("ibsi1/digital_phantom/nifti/image/phantom.nii.gz");
        RunInScratchFolder(image!);
    }

    /// <summary>
    /// Runs from a fresh folder in which <c>tests</c> is the repository's (a symbolic link), so samples read
    /// <c>tests/data/…</c> as a reader at the repository root does and write nothing into the repository.
    /// </summary>
    private static void RunInScratchFolder(byte[] image)
    {
        string folder = Directory.CreateTempSubdirectory("radiomics-docsample-").FullName;
        string previous = Environment.CurrentDirectory;
        TextWriter console = Console.Out;
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(folder, "tests"), Path.Combine(DocSamples.RepositoryRoot, "tests"));
            Environment.CurrentDirectory = folder;
            Console.SetOut(TextWriter.Null);
            SampleCompiler.Run(image);
        }
        finally
        {
            Console.SetOut(console);
            Environment.CurrentDirectory = previous;
            Directory.Delete(folder, recursive: true);
        }
    }
}
