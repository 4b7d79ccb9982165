using System.Text;

namespace Radiomics.Hostile.Tests.Corpus;

/// <summary>Batch case lists in the wrong encoding, with NUL bytes, hostile paths and broken CSV.</summary>
public static class BatchCorpus
{
    public static void Build(CorpusBuilder c, string image, string mask)
    {
        int n = 0;
        void Csv(string name, byte[] bytes)
        {
            string path = c.Write($"batch/{name}.csv", bytes);
            string output = c.PathOf($"batch-out/{n++}/{name}.features.csv");
            c.Cases.Add(new Support.HostileCase("csv", name,
                ["batch", path, "--params", c.Light, "--out", output, "--verbosity", "quiet"], Path.ChangeExtension(output, null) + ".errors.csv"));
        }

        void Text(string name, string text) => Csv(name, Encoding.UTF8.GetBytes(text));
        string Row(string img, string msk) => $"Image,Mask\n{img},{msk}\n";

        Text("valid", Row(image, mask));
        Csv("utf16-bom", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Row(image, mask))]);
        Csv("utf16-be-bom", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Row(image, mask))]);
        Csv("utf32-bom", [0xFF, 0xFE, 0, 0, .. Encoding.UTF32.GetBytes(Row(image, mask))]);
        Csv("utf16-no-bom", Encoding.Unicode.GetBytes(Row(image, mask)));
        Csv("invalid-utf8", [.. Encoding.UTF8.GetBytes(Row(image, mask)), 0xC3, 0x28, 0xFF, (byte)'\n']);
        Csv("nul-in-path", Encoding.UTF8.GetBytes(Row(image + "\0.nii", mask)));
        Text("control-in-path", Row(image + "\u001b[2J", mask));
        Text("path-folder", Row(c.Root, mask));
        Text("path-dev-zero", Row("/dev/zero", mask));
        Text("path-dev-zero-as-nii", Row("/dev/zero", "/dev/urandom"));
        Text("path-missing", Row("nothing.nii", mask));
        Text("path-empty", Row("", mask));
        Text("path-huge", Row(new string('x', 100_000) + ".nii", mask));
        Text("path-relative-escape", Row("../../../../../../../../etc/passwd", mask));
        Text("no-header", $"{image},{mask}\n");
        Text("header-only", "Image,Mask\n");
        Text("empty", "");
        Text("unbalanced-quote", $"Image,Mask\n\"{image},{mask}\n");
        Text("label-junk", $"Image,Mask,Label\n{image},{mask},\u001b[31mred\n");
        Text("label-huge", $"Image,Mask,Label\n{image},{mask},99999999999999\n");
        Text("label-channel-junk", $"Image,Mask,label_channel\n{image},{mask},-1\n");
        Text("roi-on-nifti", $"Image,Mask,ROI\n{image},{mask},GTV\n");
        Text("repeated-columns", $"Image,Mask,Image\n{image},{mask},{image}\n");
        Text("many-columns", "Image,Mask," + string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"c{i}")) + $"\n{image},{mask}\n");
        Text("many-rows-missing", "Image,Mask\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"missing{i}.nii,{mask}\n")));
        Text("binary-junk", Encoding.Latin1.GetString(NiftiCorpus.RandomBytes(20_000, 5)));
        if (Support.SpecialFiles.Available)
        {
            string fifo = Support.SpecialFiles.Fifo(c.PathOf("batch/pipe.nii"));
            Text("path-fifo", Row(fifo, mask));
            Text("mask-fifo", Row(image, fifo));
            Text("path-socket", Row(Support.SpecialFiles.Socket(c.PathOf("batch/socket.nii")), mask));
            string listFifo = Support.SpecialFiles.Fifo(c.PathOf("batch/list-pipe.csv"));
            c.Run("csv", "case-list-fifo", "batch", listFifo, "--out", c.PathOf("batch-out/fifo.csv"));
            c.Run("csv", "case-list-dev-zero", "batch", "/dev/zero", "--out", c.PathOf("batch-out/zero.csv"));
            c.Run("csv", "case-list-folder", "batch", c.Root, "--out", c.PathOf("batch-out/folder.csv"));
        }
    }
}
