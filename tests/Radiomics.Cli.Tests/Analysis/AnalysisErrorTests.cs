using Radiomics.Cli.Tests.CommandLine;

namespace Radiomics.Cli.Tests.Analysis;

/// <summary>
/// Every error of the analysis commands is one line <c>radiomics: error: …</c> naming the file, option or column and the
/// problem: exit 1 for an input the analysis cannot use, 2 for a command line that cannot run; nothing is written.
/// </summary>
public sealed class AnalysisErrorTests : IDisposable
{
    private readonly CliWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    private static string Cohort => AnalysisData.Icc("cohort30x5_long.csv");

    private static string Train => AnalysisData.Combat("combat_train.csv");

    [Fact]
    public void Icc_MissingColumn_NamesTheFileOptionAndColumn()
    {
        OneLine.AssertError(CliRunner.Run("icc", Cohort, "--subject", "Patient", "--rater", "Rater"), 1, Cohort, "--subject", "'Patient'");
    }

    [Fact]
    public void Icc_RaterNotGiven_IsAUsageError()
    {
        OneLine.AssertError(CliRunner.Run("icc", Cohort, "--subject", "Subject"), 2, "--rater COLUMN is required");
    }

    [Theory]
    [InlineData("4")]
    [InlineData("2,x")]
    [InlineData("")]
    public void Icc_BadType_NamesTheOptionAndTheValue(string type)
    {
        OneLine.AssertError(CliRunner.Run("icc", Cohort, "--subject", "Subject", "--rater", "Rater", "--type", type), 2, "--type", $"'{type}'", "1, 2, 3, 1k, 2k, 3k or all");
    }

    [Fact]
    public void Icc_SubjectAndRaterTheSameColumn_IsAUsageError()
    {
        OneLine.AssertError(CliRunner.Run("icc", Cohort, "--subject", "Rater", "--rater", "Rater"), 2, "--subject and --rater", "'Rater'");
    }

    [Fact]
    public void MissingTable_NamesIt()
    {
        string missing = _work.Path("nope.csv");

        OneLine.AssertError(CliRunner.Run("icc", missing, "--subject", "Subject", "--rater", "Rater"), 1, missing, "no such file");
        OneLine.AssertError(CliRunner.Run("harmonize", "fit", missing, "--batch", "Batch", "--model", _work.Path("m.json")), 1, missing, "no such file");
        Assert.Empty(Directory.GetFiles(_work.Folder));
    }

    [Fact]
    public void MissingClinicalTable_NamesIt()
    {
        string missing = _work.Path("clinical.csv");

        OneLine.AssertError(CliRunner.Run("icc", Cohort, "--subject", "Subject", "--rater", "Rater", "--clinical", missing), 1, missing, "no such file");
    }

    [Theory]
    [InlineData("icc.txt")]
    [InlineData("icc.parquet")]
    [InlineData("icc")]
    public void OutWithAnUnknownExtension_IsRefusedBeforeAnyWork(string name)
    {
        string outPath = _work.Path(name), model = _work.Path("m.json");

        OneLine.AssertError(CliRunner.Run("icc", Cohort, "--subject", "Subject", "--rater", "Rater", "--out", outPath), 2, "--out", outPath, ".csv or .json");
        OneLine.AssertError(CliRunner.Run("harmonize", "fit", Train, "--batch", "Batch", "--model", model, "--out", outPath), 2, "--out", outPath);
        OneLine.AssertError(CliRunner.Run("harmonize", "apply", Train, "--model", model, "--out", outPath), 2, "--out", outPath);
        Assert.Empty(Directory.GetFiles(_work.Folder));
    }

    [Fact]
    public void InvalidFeaturePattern_NamesTheOption()
    {
        OneLine.AssertError(CliRunner.Run("icc", Cohort, "--subject", "Subject", "--rater", "Rater", "--features", "(feat"), 2, "--features", "'(feat'", "not a valid regular expression");
    }

    [Fact]
    public void Fit_ModelThatIsNotJson_IsAUsageError()
    {
        OneLine.AssertError(CliRunner.Run("harmonize", "fit", Train, "--batch", "Batch", "--model", _work.Path("m.csv")), 2, "--model", ".json");
    }

    [Fact]
    public void Fit_MissingBatchColumn_NamesTheFileAndColumn()
    {
        OneLine.AssertError(CliRunner.Run("harmonize", "fit", Train, "--batch", "Scanner", "--model", _work.Path("m.json")), 1, Train, "--batch", "'Scanner'");
        Assert.Empty(Directory.GetFiles(_work.Folder));
    }

    [Fact]
    public void Fit_NaN_NamesTheFeatureAndSampleAndWritesNothing()
    {
        string input = AnalysisData.EditedCopy(Train, _work.Path("train.csv"), (i, f) => i == 3 ? [.. f[..6], "nan", .. f[7..]] : f);
        string sample = File.ReadLines(input).ElementAt(3).Split(',')[0];

        OneLine.AssertError(CliRunner.Run("harmonize", "fit", input, "--batch", "Batch", "--covariates", "Age,Sex", "--model", _work.Path("m.json"), "-o", _work.Path("h.csv")),
            1, input, "'feat_03'", $"'{sample}'", "NaN");
        Assert.Equal([input], Directory.GetFiles(_work.Folder));
    }

    [Fact]
    public void Fit_UnknownReferenceBatch_NamesItAndTheBatches()
    {
        OneLine.AssertError(CliRunner.Run("harmonize", "fit", Train, "--batch", "Batch", "--reference-batch", "Z", "--model", _work.Path("m.json")), 1, "--reference-batch", "'Z'", "A, B, C, D");
    }

    [Fact]
    public void Fit_CategoricalNotAmongTheCovariates_IsAUsageError()
    {
        OneLine.AssertError(CliRunner.Run("harmonize", "fit", Train, "--batch", "Batch", "--covariates", "Age", "--categorical", "Sex", "--model", _work.Path("m.json")), 2, "--categorical", "'Sex'");
    }

    [Fact]
    public void Apply_UnseenBatch_NamesTheBatchSampleAndFileAndWritesNothing()
    {
        string model = _work.Path("combat.json"), outPath = _work.Path("new.csv");
        Assert.Equal(0, CliRunner.Run("harmonize", "fit", Train, "--batch", "Batch", "--covariates", "Age,Sex", "--model", model).ExitCode);
        string input = AnalysisData.EditedCopy(AnalysisData.Combat("combat_new.csv"), _work.Path("fresh.csv"), (i, f) => i == 2 ? [f[0], "E", .. f[2..]] : f);

        OneLine.AssertError(CliRunner.Run("harmonize", "apply", input, "--model", model, "--out", outPath), 1, input, "batch 'E'", "not seen when the model was fitted");
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public void Apply_MissingModel_NamesIt()
    {
        string model = _work.Path("combat.json");

        OneLine.AssertError(CliRunner.Run("harmonize", "apply", Train, "--model", model, "--out", _work.Path("h.csv")), 1, model, "no such file");
    }

    [Fact]
    public void Apply_FileThatIsNotAModel_NamesIt()
    {
        OneLine.AssertError(CliRunner.Run("harmonize", "apply", Train, "--model", Train, "--out", _work.Path("h.csv")), 1, Train, "ComBat model");
    }

    [Fact]
    public void Apply_TableWithoutAFeatureOfTheModel_NamesIt()
    {
        string model = _work.Path("combat.json");
        Assert.Equal(0, CliRunner.Run("harmonize", "fit", Train, "--batch", "Batch", "--covariates", "Age,Sex", "--model", model).ExitCode);
        string input = AnalysisData.EditedCopy(AnalysisData.Combat("combat_new.csv"), _work.Path("fresh.csv"), (_, f) => f[..^1]);

        OneLine.AssertError(CliRunner.Run("harmonize", "apply", input, "--model", model, "--out", _work.Path("h.csv")), 1, input, "'feat_40'");
    }

    [Fact]
    public void Clinical_MissingId_NamesTheIdAndTheClinicalFile()
    {
        string clinical = _work.WriteCsv("clinical.csv", "ID,Site", File.ReadLines(Train).Skip(2).Select(l => l.Split(',')[0] + ",x"));
        string firstId = File.ReadLines(Train).ElementAt(1).Split(',')[0];

        OneLine.AssertError(CliRunner.Run("harmonize", "fit", Train, "--batch", "Batch", "--clinical", clinical, "--model", _work.Path("m.json")), 1, clinical, $"'{firstId}'");
    }

    [Fact]
    public void Clinical_DuplicatedId_NamesIt()
    {
        string[] ids = File.ReadLines(Train).Skip(1).Select(l => l.Split(',')[0]).ToArray();
        string clinical = _work.WriteCsv("clinical.csv", "ID,Site", ids.Append(ids[4]).Select(id => id + ",x"));

        OneLine.AssertError(CliRunner.Run("harmonize", "fit", Train, "--batch", "Batch", "--clinical", clinical, "--model", _work.Path("m.json")), 1, clinical, $"'{ids[4]}'", "twice");
    }

    [Fact]
    public void Harmonize_WithoutASubcommand_SaysWhichThereAre()
    {
        OneLine.AssertError(CliRunner.Run("harmonize"), 2, "fit, apply");
    }
}
