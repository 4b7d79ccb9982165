using Radiomics.Analysis.Tables;
using Radiomics.Analysis.Tests.Support;

namespace Radiomics.Analysis.Tests.Tables;

/// <summary>Plain CSVs, missing values, the clinical join, and the errors (file, line, column, problem).</summary>
public sealed class FeatureTableReaderTests
{
    [Fact]
    public void MissingSpellings_ReadAsNaN()
    {
        using var folder = new TempFolder();
        string path = folder.File("t.csv", "ID,f,g\na,nan,1\nb,NaN,2\nc,\"NaN\",3\nd,,4\ne,NA,5\nf,1.5e3,inf\n");

        FeatureTable table = FeatureTableReader.Read(path);

        Assert.Equal(["f", "g"], table.FeatureNames);
        Assert.All(table.Column(0)[..5].ToArray(), v => Assert.True(double.IsNaN(v)));
        Assert.Equal(1500, table[5, 0]);
        Assert.Equal(double.PositiveInfinity, table[5, 1]);
    }

    [Fact]
    public void NoIdColumn_TheFirstColumnIsTheId_EvenWhenNumeric()
    {
        using var folder = new TempFolder();
        FeatureTable table = FeatureTableReader.Read(folder.File("t.csv", "Patient,x,label\n1,0.5,yes\n2,0.25,no\n"));
        Assert.Equal("Patient", table.IdColumn);
        Assert.Equal(["1", "2"], table.Ids);
        Assert.Equal(["x"], table.FeatureNames);
        Assert.Equal(["yes", "no"], table.OtherColumn("label"));
    }

    [Fact]
    public void ColumnWithoutAnyNumber_IsText()
    {
        using var folder = new TempFolder();
        FeatureTable table = FeatureTableReader.Read(folder.File("t.csv", "ID,x,notes\na,1,\nb,2,nan\n"));
        Assert.Equal(["x"], table.FeatureNames);
        Assert.Equal(["", "nan"], table.OtherColumn("notes"));
    }

    [Fact]
    public void Clinical_IsJoinedOnTheId_InTheMainTablesOrder()
    {
        using var folder = new TempFolder();
        string main = folder.File("f.csv", "ID,x\np2,1\np1,2\n");
        string clinical = folder.File("c.csv", "ID,Age,Outcome\np1,50,1\np2,60,0\np3,70,1\n");

        FeatureTable table = FeatureTableReader.Read(main, new FeatureTableReadSettings { ClinicalPath = clinical });

        Assert.Equal(["x"], table.FeatureNames);
        Assert.Equal(["60", "50"], table.OtherColumn("Age"));
        Assert.Equal(["0", "1"], table.OtherColumn("Outcome"));
    }

    [Fact]
    public void Clinical_ColumnsBecomeFeaturesWhenThePatternSelectsThem()
    {
        using var folder = new TempFolder();
        string main = folder.File("f.csv", "ID,x\np1,1\np2,2\n");
        string clinical = folder.File("c.csv", "ID,Age\np1,50\np2,60\n");
        FeatureTable table = FeatureTableReader.Read(main, new FeatureTableReadSettings { ClinicalPath = clinical, FeaturePattern = "^(x|Age)$" });
        Assert.Equal(["x", "Age"], table.FeatureNames);
    }

    [Theory]
    [InlineData("ID,Age\np1,50\n", "no row for ID 'p2'")]
    [InlineData("ID,Age\np1,50\np2,60\np1,70\n", "ID 'p1' appears twice")]
    [InlineData("ID,x\np1,50\np2,60\n", "column 'x' is also in")]
    public void Clinical_MissingOrRepeatedId_IsAnErrorNamingIt(string clinicalText, string message)
    {
        using var folder = new TempFolder();
        string main = folder.File("f.csv", "ID,x\np1,1\np2,2\n");
        string clinical = folder.File("c.csv", clinicalText);
        var e = Assert.Throws<FeatureTableException>(() => FeatureTableReader.Read(main, new FeatureTableReadSettings { ClinicalPath = clinical }));
        Assert.Contains(message, e.Message);
        Assert.Contains("c.csv", e.Message);
    }

    [Theory]
    [InlineData("ID,x\na,1\nb,2,3\n", "f.csv, line 3: 3 fields where the header has 2")]
    [InlineData("ID,x\na,\"1\nb,2\n", "f.csv, line 2: a quoted field is not closed")]
    [InlineData("ID,x,x\na,1,2\n", "f.csv: column 'x' appears twice")]
    [InlineData("", "f.csv: the file is empty")]
    [InlineData("ID,,y\na,1,2\n", "f.csv, line 1: column 2 has no name")]
    public void MalformedCsv_IsAnErrorNamingFileAndLine(string text, string message)
    {
        using var folder = new TempFolder();
        string path = folder.File("f.csv", text);
        var e = Assert.Throws<FeatureTableException>(() => FeatureTableReader.Read(path));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void PatternSelectingText_IsAnErrorNamingLineColumnAndValue()
    {
        using var folder = new TempFolder();
        string path = folder.File("f.csv", "ID,f1,f2\na,1,2\nb,3,oops\n");
        var e = Assert.Throws<FeatureTableException>(() => FeatureTableReader.Read(path, new FeatureTableReadSettings { FeaturePattern = "^f" }));
        Assert.Contains("f.csv, line 3, column 'f2': 'oops' is not a number", e.Message);
    }

    [Fact]
    public void MissingFileOrIdColumnOrBadPattern_IsAnError()
    {
        using var folder = new TempFolder();
        string path = folder.File("f.csv", "ID,x\na,1\n");
        Assert.Contains("no such file", Assert.Throws<FeatureTableException>(() => FeatureTableReader.Read(folder.Combine("none.csv"))).Message);
        Assert.Contains("no ID column 'Case'", Assert.Throws<FeatureTableException>(() => FeatureTableReader.Read(path, new FeatureTableReadSettings { IdColumn = "Case" })).Message);
        Assert.Contains("not a valid regular expression", Assert.Throws<FeatureTableException>(() => FeatureTableReader.Read(path, new FeatureTableReadSettings { FeaturePattern = "(" })).Message);
    }

    [Fact]
    public void LongCsvWithLabels_HasOneRowPerCaseAndLabel()
    {
        using var folder = new TempFolder();
        string path = folder.File("l.csv", "case,Label,feature,value\n1,1,ID,p1\n1,1,f,0.5\n1,2,ID,p1\n1,2,f,0.75\n2,1,ID,p2\n");
        FeatureTable table = FeatureTableReader.Read(path);
        Assert.Equal(["p1", "p1", "p2"], table.Ids);
        Assert.Equal(["1", "2", "1"], table.OtherColumn("Label"));
        Assert.Equal(0.75, table[1, 0]);
        Assert.True(double.IsNaN(table[2, 0]));
    }

    [Fact]
    public void LongCsv_RepeatedValue_IsAnErrorNamingCaseAndFeature()
    {
        using var folder = new TempFolder();
        string path = folder.File("l.csv", "case,feature,value\n1,f,1\n1,f,2\n");
        var e = Assert.Throws<FeatureTableException>(() => FeatureTableReader.Read(path));
        Assert.Contains("l.csv, line 3: case '1' has a second value for 'f'", e.Message);
    }
}
