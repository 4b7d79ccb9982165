namespace Radiomics.Hostile.Tests.Corpus;

/// <summary>Named pipes, sockets, devices and folders given where the tool expects an image, a mask or a parameter file.</summary>
public static class SpecialFileCorpus
{
    public static void Build(CorpusBuilder c, string image, string mask)
    {
        if (!Support.SpecialFiles.Available)
        {
            return;
        }

        var specials = new List<(string Name, string Path)>
        {
            ("fifo", Support.SpecialFiles.Fifo(c.PathOf("special/pipe.nii"))),
            ("fifo-gz", Support.SpecialFiles.Fifo(c.PathOf("special/pipe.nii.gz"))),
            ("fifo-nrrd", Support.SpecialFiles.Fifo(c.PathOf("special/pipe.nrrd"))),
            ("fifo-mha", Support.SpecialFiles.Fifo(c.PathOf("special/pipe.mha"))),
            ("fifo-dcm", Support.SpecialFiles.Fifo(c.PathOf("special/pipe.dcm"))),
            ("socket", Support.SpecialFiles.Socket(c.PathOf("special/socket.nii"))),
            ("dev-zero", "/dev/zero"),
            ("dev-urandom", "/dev/urandom"),
            ("dev-null", "/dev/null"),
            ("link-dev-zero-nii", Support.SpecialFiles.Link(c.PathOf("special/zero.nii"), "/dev/zero")),
            ("link-dev-urandom-nrrd", Support.SpecialFiles.Link(c.PathOf("special/random.nrrd"), "/dev/urandom")),
            ("folder-nii", c.PathOf("special/folder.nii/")),
            ("missing", c.PathOf("special/missing.nii")),
        };
        Directory.CreateDirectory(c.PathOf("special/folder.nii/"));
        foreach ((string name, string path) in specials)
        {
            c.Extract("special", $"image-{name}", path, mask);
            c.Extract("special", $"mask-{name}", image, path);
            c.Run("special", $"params-{name}", "extract", image, mask, "--params", path);
        }

        c.Run("special", "params-fifo-yaml", "extract", image, mask, "--params", Support.SpecialFiles.Fifo(c.PathOf("special/params.yaml")));
        c.Run("special", "convert-fifo", "convert", c.PathOf("special/pipe.dcm"), "--out", c.PathOf("out/x.nii"));
        c.Run("special", "ls-dev-zero", "dicom", "ls", "/dev/zero");
        c.Run("special", "merge-dev-zero", "merge", "/dev/zero", "--out", c.PathOf("out/merged.csv"));
        c.Run("special", "merge-fifo", "merge", c.PathOf("special/pipe.nii"), "--out", c.PathOf("out/merged2.csv"));
        c.Run("special", "merge-folder", "merge", c.PathOf("special/folder.nii/"), "--out", c.PathOf("out/merged3.csv"));
        c.Run("special", "unknown-command-escapes", "\u001b[2J\u001b[31mextract");
        c.Run("special", "unknown-option-escapes", "extract", image, mask, "--\u001b[31mcolour");
    }
}
