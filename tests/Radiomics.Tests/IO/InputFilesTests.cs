using System.Text;
using Radiomics.IO;

namespace Radiomics.Tests.IO;

/// <summary>
/// <see cref="InputFiles"/>: only regular files are opened (pipes, devices and folders are refused at once, never
/// read), whole-file reads are bounded, text is decoded strictly, and referenced files stay beside their header.
/// </summary>
public sealed class InputFilesTests
{
    [Fact]
    public void KindOf_RegularFolderMissingAndNul_AreTold()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllText(scratch.File("a.txt"), "x");

        Assert.Equal(FileKind.Regular, InputFiles.KindOf(scratch.File("a.txt")));
        Assert.Equal(FileKind.Directory, InputFiles.KindOf(scratch.Path));
        Assert.Equal(FileKind.Missing, InputFiles.KindOf(scratch.File("b.txt")));
        Assert.Equal(FileKind.Missing, InputFiles.KindOf(scratch.File("a\0.txt")));
        Assert.Contains("NUL", InputFiles.ProblemWithFile(scratch.File("a\0.txt")), StringComparison.Ordinal);
        Assert.Null(InputFiles.ProblemWithFile(scratch.File("a.txt")));
    }

    [Fact]
    public void OpenRead_NamedPipe_RefusedWithoutBlocking()
    {
        Assert.SkipUnless(SpecialFileSupport.Available, "named pipes need Linux or macOS");
        using var scratch = new ScratchFolder();
        string fifo = SpecialFileSupport.Fifo(scratch.File("pipe.nii"));

        Assert.Equal(FileKind.Fifo, InputFiles.KindOf(fifo));
        var error = SpecialFileSupport.WithinSeconds(() => Record.Exception(() => InputFiles.OpenRead(fifo, p => new IOException(p))));
        Assert.Contains("named pipe (FIFO)", error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void ReadAllBytes_CharacterDevice_RefusedBeforeReading(string device)
    {
        Assert.SkipUnless(File.Exists(device), $"{device} is not present here");
        var error = SpecialFileSupport.WithinSeconds(() => Record.Exception(() => InputFiles.ReadAllBytes(device, 1 << 20, "a test file", p => new IOException(p))));
        Assert.Contains("character device", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAllBytes_LargerThanAllowed_RefusedNamingTheSizes()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllBytes(scratch.File("big"), new byte[1000]);

        var error = Assert.Throws<IOException>(() => InputFiles.ReadAllBytes(scratch.File("big"), 999, "a test file", p => new IOException(p)));
        Assert.Equal("is 1000 bytes; a test file may be at most 999 bytes", error.Message);
        Assert.Equal(1000, InputFiles.ReadAllBytes(scratch.File("big"), 1000, "a test file", p => new IOException(p)).Length);
    }

    [Fact]
    public void DecodeText_ByteOrderMarks_DecodeUtf16And32_InvalidUtf8Refused()
    {
        const string text = "Image,Mask\né,ü\n";
        Func<string, Exception> fail = p => new IOException(p);
        Assert.Equal(text, InputFiles.DecodeText([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)], fail));
        Assert.Equal(text, InputFiles.DecodeText([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)], fail));
        Assert.Equal(text, InputFiles.DecodeText([0xFF, 0xFE, 0, 0, .. Encoding.UTF32.GetBytes(text)], fail));
        Assert.Equal(text, InputFiles.DecodeText([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], fail));

        var error = Assert.Throws<IOException>(() => InputFiles.DecodeText([(byte)'a', 0xC3, 0x28], fail));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnumerateFilesBelow_LinkBackUpTheTree_NotFollowed_LinkedFilesListed()
    {
        using var scratch = new ScratchFolder();
        Directory.CreateDirectory(scratch.File("series/sub"));
        File.WriteAllText(scratch.File("series/a.dcm"), "a");
        File.WriteAllText(scratch.File("series/sub/b.dcm"), "b");
        File.WriteAllText(scratch.File("elsewhere.dcm"), "c");
        File.CreateSymbolicLink(scratch.File("series/sub/up"), scratch.File("series"));
        File.CreateSymbolicLink(scratch.File("series/linked.dcm"), scratch.File("elsewhere.dcm"));

        string[] files = SpecialFileSupport.WithinSeconds(() => InputFiles.EnumerateFilesBelow(scratch.File("series")).ToArray());

        Assert.Equal(["a.dcm", "linked.dcm", "b.dcm"], files.Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("data.raw", true)]
    [InlineData("sub/data.raw", true)]
    [InlineData("sub/../data.raw", true)]
    [InlineData("../data.raw", false)]
    [InlineData("../../../../../../etc/passwd", false)]
    [InlineData("/etc/passwd", false)]
    public void ResolveReferenced_LeavesTheHeaderFolderOnlyWhenAllowed(string name, bool inside)
    {
        using var scratch = new ScratchFolder();
        string header = scratch.File("image.nhdr");
        Func<string, Exception> fail = p => new IOException(p);

        if (inside)
        {
            Assert.StartsWith(scratch.Path, InputFiles.ResolveReferenced(header, name, allowOutside: false, fail), StringComparison.Ordinal);
        }
        else
        {
            var error = Assert.Throws<IOException>(() => InputFiles.ResolveReferenced(header, name, allowOutside: false, fail));
            Assert.Contains("outside the header's folder", error.Message, StringComparison.Ordinal);
        }

        Assert.True(Path.IsPathRooted(InputFiles.ResolveReferenced(header, name, allowOutside: true, fail)));
    }
}
