using Radiomics.Cli.Batch;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.IO;

namespace Radiomics.Cli.Tests.Batch;

public class BatchOutputTests : IDisposable
{
    private readonly BatchWorkspace _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("csv")]
    [InlineData("long")]
    [InlineData("jsonl")]
    [InlineData("parquet")]
    public void Batch_OneJobAndTwoJobs_WriteByteIdenticalOutput(string format)
    {
        string csv = _work.WriteGoodCases(5);
        File.AppendAllText(csv, "P999,missing-image.nii,case0-mask.nii\n");
        string one = _work.Path($"one.{format}"), two = _work.Path($"two.{format}");

        var (code1, _, error1) = CliRunner.Run("batch", csv, "--params", _work.WriteParams(), "--format", format, "--out", one, "--jobs", "1");
        var (code2, _, error2) = CliRunner.Run("batch", csv, "--params", _work.WriteParams(), "--format", format, "--out", two, "--jobs", "2");

        Assert.True(code1 == BatchRun.SomeCasesFailed, error1);
        Assert.True(code2 == BatchRun.SomeCasesFailed, error2);
        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(two));
        Assert.Equal(File.ReadAllBytes(_work.Path("one.errors.csv")), File.ReadAllBytes(_work.Path("two.errors.csv")));
        Assert.False(Directory.Exists(one + ".parts"), "the journal is removed once the output is in place");
    }

    [Fact]
    public void Batch_WideCsv_HasInputColumnsThenFeaturesInInputOrderWithSingleCaseValues()
    {
        string csv = _work.WriteGoodCases(3);
        string outPath = _work.Path("features.csv");
        string parameters = _work.WriteParams();

        var (code, _, error) = CliRunner.Run("batch", csv, "--params", parameters, "--out", outPath, "--jobs", "2");

        Assert.True(code == 0, error);
        Assert.False(File.Exists(_work.Path("features.errors.csv")));
        string[] lines = File.ReadAllLines(outPath);
        Assert.Equal(4, lines.Length);
        string[] header = lines[0].Fields();
        Assert.Equal(["ID", "Image", "Mask"], header[..3]);
        Assert.StartsWith("diagnostics_", header[3]);
        for (int i = 0; i < 3; i++)
        {
            string[] row = lines[i + 1].Fields();
            Assert.Equal($"P{i:D3}", row[0]);
            Assert.Equal(_work.Path($"case{i}-image.nii"), row[1]);

            // The same value as a single-case extraction of that row.
            FeatureResult single = new RadiomicsExtractor(PipelineParameters.Load(parameters)).Extract(row[1], row[2]);
            int mean = Array.IndexOf(header, "original_firstorder_Mean");
            Assert.Equal(single["original_firstorder_Mean"].ToString(), row[mean]);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Batch_EqualSizedCasesReadIntoReusedBuffers_EachRowEqualsItsSingleCaseExtraction(int jobs)
    {
        // Same size, different voxels and masks: from its second case on, each worker reads into the buffers the
        // previous case handed back, so any value left over from an earlier case would show in a row.
        var (image, mask) = Radiomics.Examples.SyntheticCase.Create(size: 40, slices: 12);
        var rows = new List<string>();
        for (int i = 0; i < 5; i++)
        {
            short[] voxels = (short[])((short[])image.Voxels).Clone();
            for (int k = i; k < voxels.Length; k += 5 + i)
            {
                voxels[k] += (short)(37 * (i + 1));
            }

            byte[] labels = (byte[])((byte[])mask.Voxels).Clone();
            Array.Clear(labels, 0, labels.Length * i / 12);
            TestNifti.Write(_work.Path($"same{i}-image.nii"), new Radiomics.Imaging.ImageData(image.Geometry, image.VoxelType, voxels));
            TestNifti.Write(_work.Path($"same{i}-mask.nii"), new Radiomics.Imaging.ImageData(mask.Geometry, mask.VoxelType, labels));
            rows.Add($"S{i},same{i}-image.nii,same{i}-mask.nii");
        }

        string csv = _work.WriteCsv("same.csv", "ID,Image,Mask", rows);
        string outPath = _work.Path("same.csv.out.csv"), parameters = _work.WriteParams();

        var (code, _, error) = CliRunner.Run("batch", csv, "--params", parameters, "--out", outPath, "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(code == 0, error);
        string[] lines = File.ReadAllLines(outPath);
        string[] header = lines[0].Fields();
        var extractor = new RadiomicsExtractor(PipelineParameters.Load(parameters));
        int[] features = [.. Enumerable.Range(0, header.Length).Where(c => header[c].StartsWith("original_", StringComparison.Ordinal))];
        Assert.NotEmpty(features);
        for (int i = 0; i < rows.Count; i++)
        {
            string[] row = lines[i + 1].Fields();
            FeatureResult single = extractor.Extract(_work.Path($"same{i}-image.nii"), _work.Path($"same{i}-mask.nii"));
            Assert.All(features, c => Assert.Equal(single[header[c]].ToString(), row[c]));
        }

        Assert.NotEqual(lines[1].Fields()[features[0]..], lines[2].Fields()[features[0]..]);
    }

    [Fact]
    public void Batch_CorruptMissingAndEmptyMaskRows_CompletesGoodRowsAndReportsBadOnes()
    {
        var (image0, mask0) = _work.WriteCase("good0", 0);
        var (image1, mask1) = _work.WriteCase("good1", 1);
        string corrupt = _work.WriteCorrupt("corrupt.nii");
        string empty = _work.WriteEmptyMask("empty-mask.nii", 2);
        var (image2, _) = _work.WriteCase("good2", 2);
        string csv = _work.WriteCsv("cases.csv", "ID,Image,Mask", [
            $"ok-a,{image0},{mask0}",
            $"corrupt,{corrupt},{mask0}",
            $"missing,no-such-file.nii,{mask0}",
            $"empty,{image2},{empty}",
            $"ok-b,{image1},{mask1}",
        ]);
        string outPath = _work.Path("out.csv");

        var (code, _, error) = CliRunner.Run("batch", csv, "--params", _work.WriteParams(), "--out", outPath, "--jobs", "2");

        Assert.Equal(BatchRun.SomeCasesFailed, code);
        Assert.Contains("5 case(s), 5 result row(s), 3 failed", error);
        string[] lines = File.ReadAllLines(outPath);
        Assert.Equal(6, lines.Length);
        int mean = Array.IndexOf(lines[0].Fields(), "original_firstorder_Mean");
        Assert.NotEmpty(lines[1].Fields()[mean]);
        Assert.NotEmpty(lines[5].Fields()[mean]);
        Assert.All(lines[2..5], line => Assert.Empty(line.Fields()[mean]));

        string[] errors = File.ReadAllLines(_work.Path("out.errors.csv"));
        Assert.Equal("case,ID,Image,Mask,error", errors[0]);
        Assert.Equal(4, errors.Length);
        Assert.StartsWith("2,corrupt,", errors[1]);
        Assert.Contains("corrupt.nii", errors[1]);
        Assert.StartsWith("3,missing,", errors[2]);
        Assert.Contains("no-such-file.nii", errors[2]);
        Assert.StartsWith("4,empty,", errors[3]);
        Assert.Contains("empty", errors[3].Fields()[^1]);
    }

    [Fact]
    public void Batch_AllLabels_WritesOneRowPerLabelEqualToSingleLabelExtraction()
    {
        var (image, mask) = _work.WriteCase("two", 1, twoLabels: true);
        var (image1, mask1) = _work.WriteCase("one", 2);
        string csv = _work.WriteCsv("cases.csv", "Image,Mask", [$"{image},{mask}", $"{image1},{mask1}"]);
        string outPath = _work.Path("labels.csv");
        string parameters = _work.WriteParams();

        var (code, _, error) = CliRunner.Run("batch", csv, "--params", parameters, "--out", outPath, "--all-labels");

        Assert.True(code == 0, error);
        string[] lines = File.ReadAllLines(outPath);
        string[] header = lines[0].Fields();
        Assert.Equal(["Image", "Mask", "Label"], header[..3]);
        Assert.Equal(["1", "2", "1"], lines[1..].Select(l => l.Fields()[2]));

        ExtractionParameters loaded = PipelineParameters.Load(parameters);
        string imagePath = _work.Path(image), maskPath = _work.Path(mask);
        for (int label = 1; label <= 2; label++)
        {
            FeatureResult single = new RadiomicsExtractor(loaded with { Settings = loaded.Settings with { Mask = loaded.Settings.Mask with { Label = label } } })
                .Extract(ImageReader.Read(imagePath), ImageReader.Read(maskPath), InputDescription.FromPath(imagePath), InputDescription.FromPath(maskPath));
            string[] row = lines[label].Fields();
            foreach (string name in new[] { "original_firstorder_Mean", "original_firstorder_Entropy", "diagnostics_Mask-original_VoxelNum" })
            {
                Assert.Equal(single[name].ToString(), row[Array.IndexOf(header, name)]);
            }
        }
    }

    [Theory]
    [InlineData("\"1;2\"")]
    [InlineData("\"[1, 2]\"")]
    [InlineData("all")]
    public void Batch_LabelListCell_ExpandsToOneRowPerLabel(string cell)
    {
        var (image, mask) = _work.WriteCase("two", 1, twoLabels: true);
        string csv = _work.WriteCsv("cases.csv", "Image,Mask,Label", [$"{image},{mask},{cell}", $"{image},{mask},2"]);
        string outPath = _work.Path("labels.jsonl");

        var (code, _, error) = CliRunner.Run("batch", csv, "--params", _work.WriteParams(), "--out", outPath);

        Assert.True(code == 0, error);
        string[] lines = File.ReadAllLines(outPath);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"Label\": \"1\"", lines[0]);
        Assert.Contains("\"Label\": \"2\"", lines[1]);
        Assert.Contains("\"Label\": \"2\"", lines[2]);
        Assert.Equal(lines[1][lines[1].IndexOf("\"diagnostics_Configuration", StringComparison.Ordinal)..], lines[2][lines[2].IndexOf("\"diagnostics_Configuration", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Batch_Parquet_HoldsTheCsvValuesAsDoubles()
    {
        string csv = _work.WriteGoodCases(3);
        string parameters = _work.WriteParams();
        Assert.Equal(0, CliRunner.Run("batch", csv, "--params", parameters, "--out", _work.Path("f.csv")).ExitCode);
        Assert.Equal(0, CliRunner.Run("batch", csv, "--params", parameters, "--out", _work.Path("f.parquet")).ExitCode);

        string[] lines = File.ReadAllLines(_work.Path("f.csv"));
        int mean = Array.IndexOf(lines[0].Fields(), "original_firstorder_Mean");
        double?[] expected = lines[1..].Select(l => (double?)double.Parse(l.Fields()[mean], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        double?[] actual = ParquetColumn.ReadDoubles(_work.Path("f.parquet"), "original_firstorder_Mean");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Batch_LongFormat_HasOneLinePerValueKeyedByCase()
    {
        string csv = _work.WriteGoodCases(2);
        string parameters = _work.WriteParams();
        Assert.Equal(0, CliRunner.Run("batch", csv, "--params", parameters, "--out", _work.Path("w.csv")).ExitCode);
        Assert.Equal(0, CliRunner.Run("batch", csv, "--params", parameters, "--out", _work.Path("l.csv"), "--format", "long").ExitCode);

        string[] wide = File.ReadAllLines(_work.Path("w.csv"));
        string[] tidy = File.ReadAllLines(_work.Path("l.csv"));
        Assert.Equal("case,feature,value", tidy[0]);
        int columns = wide[0].Fields().Length;
        Assert.Equal(1 + 2 * columns, tidy.Length);
        Assert.Contains("2,ID,P001", tidy);
        int mean = Array.IndexOf(wide[0].Fields(), "original_firstorder_Mean");
        Assert.Contains($"1,original_firstorder_Mean,{wide[1].Fields()[mean]}", tidy);
    }

    [Fact]
    public void Batch_QuietWithLogFile_PrintsOnlyTheSummaryAndLogsEveryCase()
    {
        string csv = _work.WriteGoodCases(2);
        string logFile = _work.Path("batch.log");

        var (code, output, error) = CliRunner.Run("batch", csv, "--params", _work.WriteParams(), "--out", _work.Path("o.csv"), "--verbosity", "quiet", "--log-file", logFile);

        Assert.True(code == 0, error);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("radiomics batch: 2 case(s), 2 result row(s), 0 failed", error);
        string log = File.ReadAllText(logFile);
        Assert.Contains("case P000 ok", log); // named by the ID column
        Assert.Contains("case P001 ok", log);
    }

    [Fact]
    public void Batch_ExistingJournalWithoutResume_IsRefused()
    {
        string csv = _work.WriteGoodCases(1);
        string outPath = _work.Path("out.csv");
        Directory.CreateDirectory(outPath + ".parts");
        File.WriteAllText(System.IO.Path.Combine(outPath + ".parts", "row-0000000.jsonl"), "");

        var (code, _, error) = CliRunner.Run("batch", csv, "--out", outPath);

        Assert.Equal(2, code);
        Assert.Contains("--resume", error);
    }
}

/// <summary>Splits a CSV line into its fields (quotes honoured).</summary>
internal static class CsvLine
{
    public static string[] Fields(this string line) => Radiomics.IO.Csv.CsvReader.ReadAll(line)[0];
}
