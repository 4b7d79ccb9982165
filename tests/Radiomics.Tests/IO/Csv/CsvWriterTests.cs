using Radiomics.IO.Csv;

namespace Radiomics.Tests.IO.Csv;

public sealed class CsvWriterTests
{
    [Fact]
    public void Write_QuotesOnlyWhenNeeded_AndDoublesQuotes()
    {
        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",\n", Write(w => w.WriteRecord(["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", ""])));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("a,b")]
    [InlineData("say \"hi\"")]
    [InlineData("two\nlines")]
    [InlineData("cr\r")]
    [InlineData("")]
    public void Quote_IsTheFieldAsWriteFieldWritesIt(string field)
    {
        Assert.Equal(Write(w => w.WriteRecord(["x", field])), "x," + CsvWriter.Quote(field) + "\n");
        Assert.Equal(field, CsvReader.ReadAll("x," + CsvWriter.Quote(field))[0][1]);
    }

    [Fact]
    public void Write_RecordOfOneEmptyField_IsQuotedSoItIsNotABlankLine()
    {
        string text = Write(w => w.WriteRecord([""]));
        Assert.Equal("\"\"\n", text);
        Assert.Equal([""], CsvReader.ReadAll(text)[0]);
    }

    [Fact]
    public void Write_Numbers_InvariantShortestRoundTrip()
    {
        Assert.Equal("0.1,1E-05,NaN,Infinity,-Infinity,-0,42\n", Write(w =>
        {
            foreach (double v in new[] { 0.1, 1e-5, double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0 })
            {
                w.WriteField(v);
            }

            w.WriteField(42L);
            w.EndRecord();
        }));
    }

    [Fact]
    public void WriteThenRead_RandomDoublesAndText_RoundTripExactly()
    {
        var random = new Random(4242);
        const string alphabet = ",\"\n\r ab;é";
        var rows = Enumerable.Range(0, 200).Select(_ => new
        {
            Text = new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()),
            Number = BitConverter.Int64BitsToDouble(random.NextInt64()),
        }).ToArray();
        string text = Write(w =>
        {
            foreach (var row in rows)
            {
                w.WriteField(row.Text);
                w.WriteField(row.Number);
                w.EndRecord();
            }
        });

        var records = CsvReader.ReadAll(text);
        Assert.Equal(rows.Length, records.Count);
        for (int i = 0; i < rows.Length; i++)
        {
            Assert.Equal(rows[i].Text, records[i][0]);
            Assert.True(CsvNumbers.TryParse(records[i][1], out double back));
            Assert.Equal(BitConverter.DoubleToInt64Bits(rows[i].Number), double.IsNaN(back) && double.IsNaN(rows[i].Number)
                ? BitConverter.DoubleToInt64Bits(rows[i].Number) : BitConverter.DoubleToInt64Bits(back));
        }
    }

    [Theory]
    [InlineData("nan", double.NaN)]
    [InlineData("NaN", double.NaN)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("-inf", double.NegativeInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData(" 1.5e-3 ", 0.0015)]
    public void TryParse_AcceptsPythonAndDotNetSpellings(string text, double expected)
    {
        Assert.True(CsvNumbers.TryParse(text, out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1,5")]
    [InlineData("abc")]
    public void TryParse_RejectsText(string text) => Assert.False(CsvNumbers.TryParse(text, out _));

    private static string Write(Action<CsvWriter> write)
    {
        var text = new StringWriter();
        using (var writer = new CsvWriter(text, leaveOpen: true))
        {
            write(writer);
        }

        return text.ToString();
    }
}
