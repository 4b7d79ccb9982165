using Radiomics.IO;

namespace Radiomics.Tests.IO;

/// <summary><see cref="SafeText"/>: quoted input cannot drive a terminal or grow a message without bound.</summary>
public sealed class SafeTextTests
{
    [Theory]
    [InlineData("GTV-1", "GTV-1")]
    [InlineData("a\u001b[2Jb", "a\\x1B[2Jb")]
    [InlineData("nul\0byte", "nul\\0byte")]
    [InlineData("two\nlines\r\tend", "two\\nlines\\r\\tend")]
    [InlineData("c1\u0085\u009b", "c1\\x85\\x9B")]
    [InlineData("bidi\u202Eevil\u2066", "bidi\\u202Eevil\\u2066")]
    [InlineData("del\u007f", "del\\x7F")]
    [InlineData("émoji 😀 ok", "émoji 😀 ok")]
    public void Escape_ControlCharacters_Escaped_PrintableKept(string value, string expected) =>
        Assert.Equal(expected, SafeText.Escape(value));

    [Fact]
    public void Escape_LoneSurrogate_Escaped() => Assert.Equal("lone\\uD800surrogate", SafeText.Escape("lone" + (char)0xD800 + "surrogate"));

    [Fact]
    public void Escape_LongValue_CutSayingHowMuchWasLeftOut()
    {
        string cut = SafeText.Escape(new string('x', 10_000_000));
        Assert.Equal(new string('x', SafeText.MaxQuotedLength) + "… (9999800 more characters)", cut);
    }

    [Fact]
    public void Escape_CutNeverSplitsASurrogatePair()
    {
        string value = new string('a', 199) + "😀" + "tail";
        Assert.StartsWith(new string('a', 199) + "…", SafeText.Escape(value), StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_WrapsInSingleQuotes() => Assert.Equal("'a\\x07b'", SafeText.Quote("a\ab"));
}
