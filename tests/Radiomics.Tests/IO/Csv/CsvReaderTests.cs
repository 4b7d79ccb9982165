using System.Text;
using Radiomics.IO.Csv;

namespace Radiomics.Tests.IO.Csv;

public sealed class CsvReaderTests
{
    [Fact]
    public void Read_QuotedFieldsWithDelimitersQuotesAndNewlines_AreUnquoted()
    {
        var records = CsvReader.ReadAll("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n1,2,3,4\n");
        Assert.Equal(["a", "b,c", "say \"hi\"", "two\nlines"], records[0]);
        Assert.Equal(["1", "2", "3", "4"], records[1]);
    }

    [Fact]
    public void Read_LineNumbers_CountLinesInsideQuotedFields()
    {
        using var reader = new CsvReader(new StringReader("h1,h2\n\"x\ny\",1\n\nlast,2\n"));
        Assert.True(reader.Read());
        Assert.Equal(1, reader.LineNumber);
        Assert.True(reader.Read());
        Assert.Equal(2, reader.LineNumber);
        Assert.True(reader.Read());
        Assert.Equal(5, reader.LineNumber);
        Assert.Equal(3, reader.RecordNumber);
        Assert.Equal("last", reader.GetString(0));
        Assert.False(reader.Read());
    }

    [Fact]
    public void Read_ByteOrderMark_IsSkipped()
    {
        var records = CsvReader.ReadAll("\uFEFFID,x\na,1\n");
        Assert.Equal("ID", records[0][0]);

        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "ID,x\na,1\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            using CsvReader reader = CsvReader.Open(path);
            Assert.True(reader.Read());
            Assert.Equal("ID", reader.GetString(0));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_EmptyFieldsTrailingDelimiterAndLoneCr_AreKept()
    {
        var records = CsvReader.ReadAll("a,,c,\r\"\",x\rlast");
        Assert.Equal(["a", "", "c", ""], records[0]);
        Assert.Equal(["", "x"], records[1]);
        Assert.Equal(["last"], records[2]);
    }

    [Fact]
    public void Read_QuoteInsideAnUnquotedField_IsAnOrdinaryCharacter()
    {
        Assert.Equal(["5\" disk", "x"], CsvReader.ReadAll("5\" disk,x\n")[0]);
    }

    [Fact]
    public void Read_FieldsLongerThanTheBuffer_AreWhole()
    {
        string big = new('x', 200_000);
        string quoted = string.Concat(Enumerable.Repeat("ab\"\"", 50_000));
        var records = CsvReader.ReadAll($"{big},\"{quoted}\"\nend\n");
        Assert.Equal(big, records[0][0]);
        Assert.Equal(quoted.Replace("\"\"", "\"", StringComparison.Ordinal), records[0][1]);
        Assert.Equal(["end"], records[1]);
    }

    [Fact]
    public void Read_OtherDelimiter()
    {
        Assert.Equal(["a,b", "c"], CsvReader.ReadAll("a,b;c\n", ';')[0]);
    }

    [Theory]
    [InlineData("a,\"open\nstill open", 1, "not closed")]
    [InlineData("h\n\"ab\"c,d\n", 2, "'c' follows the closing quote")]
    public void Read_MalformedQuotes_FailWithTheLine(string text, long line, string problem)
    {
        var e = Assert.Throws<CsvFormatException>(() => CsvReader.ReadAll(text));
        Assert.Equal(line, e.LineNumber);
        Assert.Contains(problem, e.Message);
        Assert.StartsWith($"line {line}: ", e.Message);
    }
}
