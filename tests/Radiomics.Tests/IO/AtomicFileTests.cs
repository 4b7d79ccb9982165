using Radiomics.IO;

namespace Radiomics.Tests.IO;

public sealed class AtomicFileTests
{
    [Fact]
    public void Write_ReplacesTheTargetAndLeavesNoTemporary()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("out.txt");
        File.WriteAllText(path, "old content that is longer");

        AtomicFile.WriteAllText(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(scratch.Path));
    }

    [Fact]
    public void WriteText_IsUtf8WithoutByteOrderMark()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("é.csv");

        AtomicFile.WriteText(path, w => w.Write("é,1\n"));

        Assert.Equal(new byte[] { 0xC3, 0xA9, (byte)',', (byte)'1', (byte)'\n' }, File.ReadAllBytes(path));
    }

    [Fact]
    public void FailingWriter_KeepsTheOldTargetAndDeletesTheTemporary()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("out.txt");
        File.WriteAllText(path, "old");

        var e = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write("partial"u8);
            throw new InvalidOperationException("stop");
        }));

        Assert.Equal("stop", e.Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(scratch.Path));
    }

    [Fact]
    public void MissingFolder_IsOneLineNamingTheFileAndFolder()
    {
        using var scratch = new ScratchFolder();
        string path = scratch.File("no/such/out.txt");

        var e = Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.WriteAllText(path, "x"));

        Assert.StartsWith(path + ": the output folder", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void GivenTemporaryPath_IsUsedAndRemoved()
    {
        using var scratch = new ScratchFolder();
        Directory.CreateDirectory(scratch.File("scratch"));
        string temporary = scratch.File("scratch/stage.tmp");
        string path = scratch.File("out.bin");

        AtomicFile.Write(path, s => s.Write([1, 2, 3]), temporary);

        Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(path));
        Assert.False(File.Exists(temporary));
    }
}
