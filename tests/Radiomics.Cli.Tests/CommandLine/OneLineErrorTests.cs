namespace Radiomics.Cli.Tests.CommandLine;

/// <summary>
/// Every user-facing error is one line <c>radiomics: error: …</c> naming the option or file and the problem, with
/// exit status 2 for the command line, 1 for the inputs; nothing is written.
/// </summary>
public class OneLineErrorTests : IDisposable
{
    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void OutNamingAFolder_IsRefusedBeforeTheExtraction()
    {
        var (image, mask) = _work.Case();

        OneLine.AssertError(CliRunner.Run("extract", image, mask, "--out", _work.Folder), 2, "--out", "is a folder");
    }

    [Fact]
    public void OutDirInAPlaceThatCannotHoldFiles_IsRefused()
    {
        var (image, mask) = _work.Case();
        string[] places = Directory.Exists("/proc") ? ["/proc/nope", _work.Path("missing/maps")] : [_work.Path("missing/maps")];

        foreach (string place in places)
        {
            OneLine.AssertError(CliRunner.Run("extract", image, mask, "--mode", "voxel", "--out-dir", place), 2, "--out-dir", place);
            Assert.False(Directory.Exists(place));
        }
    }

    [Fact]
    public void OutDirUnderAFile_IsRefused()
    {
        var (image, mask) = _work.Case();
        string place = Path.Combine(image, "maps");

        OneLine.AssertError(CliRunner.Run("extract", image, mask, "--mode", "voxel", "--out-dir", place), 2, "--out-dir", "does not exist");
    }

    [Fact]
    public void MergeWithAMissingShardFile_NamesIt()
    {
        string missing = _work.Path("out.csv.shard-1-of-2.jsonl");

        OneLine.AssertError(CliRunner.Run("merge", "--out", _work.Path("m.csv"), missing), 1, missing, "not found");
        Assert.False(File.Exists(_work.Path("m.csv")));
    }

    [Fact]
    public void LabelThatIsNotAnInteger_SaysSo()
    {
        var (image, mask) = _work.Case();

        OneLine.AssertError(CliRunner.Run("extract", image, mask, "--label", "abc"), 2, "--label: 'abc' is not an integer");
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("example")]
    public void OutWithAnExtensionNoFormatHas_IsAnErrorNamingTheAllowedOnes(string command)
    {
        var (image, mask) = _work.Case();
        string outPath = _work.Path("out.xyz");
        string[] inputs = command == "extract" ? [image, mask] : [];

        OneLine.AssertError(CliRunner.Run([command, .. inputs, "--out", outPath]), 2, "'.xyz'", ".csv", ".json", ".txt");
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public void BatchOutWithAnExtensionNoFormatHas_IsAnError()
    {
        string csv = _work.CaseList(1);

        OneLine.AssertError(CliRunner.Run("batch", csv, "--out", _work.Path("out.xyz")), 2, "'.xyz'", ".csv", ".jsonl", ".parquet");
    }

    [Fact]
    public void OutWithAnyExtension_IsFineWithAnExplicitFormat()
    {
        string outPath = _work.Path("features.tsv");

        var run = CliRunner.Run("example", "-p", _work.Params(), "--out", outPath, "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("Image,Mask,", File.ReadAllText(outPath));
    }

    [Fact]
    public void CaseListWithAHeaderAndNoRows_HasNoCases()
    {
        string csv = _work.WriteCsv("cases.csv", "ID,Image,Mask", []);

        OneLine.AssertError(CliRunner.Run("batch", csv, "--out", _work.Path("out.csv")), 2, "cases.csv: no cases");
        Assert.False(File.Exists(_work.Path("out.csv")));
    }

    [Theory]
    [InlineData("-x")]
    [InlineData("--lable")]
    public void UnknownOption_IsNamed_NeverAMissingArgument(string option)
    {
        var (image, mask) = _work.Case();

        var run = CliRunner.Run("extract", image, mask, option);

        OneLine.AssertError(run, 2, $"radiomics: error: extract: unknown option '{option}'");
        Assert.DoesNotContain("IMAGE", run.Error);
    }

    /// <summary>Every option of every command given a bad value (the "try them all" sweep of the issue).</summary>
    [Theory]
    [InlineData(2, "--params", "extract IMAGE MASK --params")]
    [InlineData(1, "missing.yaml", "extract IMAGE MASK --params missing.yaml")]
    [InlineData(2, "--setting needs KEY:VALUE", "extract IMAGE MASK --setting binWidth")]
    [InlineData(1, "--setting: setting 'binWidth'", "extract IMAGE MASK --setting binWidth:abc")]
    [InlineData(1, "--setting", "extract IMAGE MASK --setting nosuchSetting:1")]
    [InlineData(2, "--roi", "extract IMAGE MASK --roi GTV")]
    [InlineData(2, "--format must be table (or txt), json or csv, not 'xml'", "extract IMAGE MASK --format xml")]
    [InlineData(2, "--verbosity must be 1-5", "extract IMAGE MASK -v 9")]
    [InlineData(2, "--mode must be segment or voxel", "extract IMAGE MASK --mode pixels")]
    [InlineData(2, "--export-matrices", "extract IMAGE MASK --export-matrices MASK")]
    [InlineData(2, "--save-intermediate", "extract IMAGE MASK --save-intermediate MASK")]
    [InlineData(2, "--intermediate-format must be nrrd or nifti", "extract IMAGE MASK --save-intermediate OUT/i --intermediate-format png")]
    [InlineData(2, "--out needs a value (FILE)", "extract IMAGE MASK --out")]
    [InlineData(2, "--out given 2 times", "extract IMAGE MASK --out OUT/a.csv --out OUT/b.csv")]
    [InlineData(2, "--out needs a value (FILE), not the option '--skip-nans'", "extract IMAGE MASK --out --skip-nans")]
    [InlineData(2, "MASK is missing", "extract IMAGE")]
    [InlineData(2, "unexpected argument", "extract IMAGE MASK IMAGE")]
    [InlineData(2, "--jobs must be at least 1, not 0", "batch CASES --jobs 0")]
    [InlineData(2, "--jobs: 'two' is not an integer", "batch CASES -j two")]
    [InlineData(2, "--shard needs K/N", "batch CASES --shard 2")]
    [InlineData(2, "out of range", "batch CASES --shard 3/2")]
    [InlineData(2, "--shard-count: 'x' is not an integer", "batch CASES --shard-count x")]
    [InlineData(2, "--log-file", "batch CASES --log-file OUT/no/such/folder/log.txt")]
    [InlineData(2, "--format must be csv, long, jsonl or parquet", "batch CASES --format xlsx")]
    [InlineData(2, "--out", "batch CASES --out OUT")]
    [InlineData(2, "the case list", "batch OUT/nope.csv")]
    [InlineData(2, "--out FILE is required", "merge OUT/a.jsonl")]
    [InlineData(2, "--format must be csv, long, jsonl or parquet", "merge --out OUT/m.csv --format xml OUT/a.jsonl")]
    [InlineData(2, "not a shard file", "merge --out OUT/m.csv MASK")]
    [InlineData(1, "label 7", "extract IMAGE MASK --label 7")]
    [InlineData(2, "--out IMAGE_OUT is required", "convert IMAGE")]
    [InlineData(2, "cannot choose a format", "convert IMAGE --out OUT/c.png")]
    [InlineData(2, "--mask and --mask-out go together", "convert IMAGE --out OUT/c.nii --mask MASK")]
    [InlineData(2, "--format must be table or json", "dicom ls OUT --format xml")]
    [InlineData(1, "no such folder or file", "dicom ls OUT/nope")]
    [InlineData(2, "give a subcommand: ls", "dicom")]
    [InlineData(2, "--format must be table (or txt), json or csv", "example --format yaml")]
    [InlineData(2, "no command 'nope'", "help nope")]
    public void BadValue_IsOneLineNamingTheOption(int exitCode, string naming, string commandLine)
    {
        var (image, mask) = _work.Case();
        string csv = _work.CaseList(1);
        string[] args = commandLine.Split(' ').Select(a => a
            .Replace("IMAGE", image, StringComparison.Ordinal)
            .Replace("MASK", mask, StringComparison.Ordinal)
            .Replace("CASES", csv, StringComparison.Ordinal)
            .Replace("OUT", _work.Folder, StringComparison.Ordinal)).ToArray();

        OneLine.AssertError(CliRunner.Run(args), exitCode, naming);
    }
}
