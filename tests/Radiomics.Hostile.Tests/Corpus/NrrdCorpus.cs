using System.Text;

namespace Radiomics.Hostile.Tests.Corpus;

/// <summary>NRRD headers broken field by field, detached data files that are missing, outside, pipes or devices.</summary>
public static class NrrdCorpus
{
    private const string Geometry = "space: left-posterior-superior\nspace directions: (1,0,0) (0,1,0) (0,0,1)\nspace origin: (0,0,0)\n";

    public static void Build(CorpusBuilder c)
    {
        string mask = c.Write("nrrd/mask.nii", NiftiBytes.Mask().Build());
        byte[] data = NiftiBytes.Ramp(8 * 7 * 6);
        void Attached(string name, string header, byte[]? body = null)
        {
            string path = c.Write($"nrrd/{name}.nrrd", [.. Encoding.Latin1.GetBytes(header + "\n"), .. body ?? data]);
            c.Extract("nrrd", name, path, mask);
        }

        string Header(string fields) => "NRRD0004\n" + fields;
        string Standard(string replace = "", string add = "")
        {
            var fields = new Dictionary<string, string>
            {
                ["type"] = "short", ["dimension"] = "3", ["sizes"] = "8 7 6", ["endian"] = "little", ["encoding"] = "raw",
            };
            foreach (string line in replace.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                int colon = line.IndexOf(':');
                string key = line[..colon];
                if (line[(colon + 1)..].Trim() == "-")
                {
                    fields.Remove(key);
                }
                else
                {
                    fields[key] = line[(colon + 1)..].Trim();
                }
            }

            return Header(string.Concat(fields.Select(f => $"{f.Key}: {f.Value}\n")) + Geometry + add);
        }

        Attached("valid", Standard());
        Attached("no-type", Standard("type: -"));
        Attached("type-junk", Standard("type: quaternion"));
        Attached("dimension-zero", Standard("dimension: 0"));
        Attached("dimension-17", Standard("dimension: 17\nsizes: 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"));
        Attached("dimension-junk", Standard("dimension: three"));
        Attached("sizes-mismatch", Standard("sizes: 8 7"));
        Attached("sizes-huge", Standard("sizes: 2000000000 2000000000 2000000000"));
        Attached("sizes-overflow", Standard("sizes: 99999999999999999999 1 1"));
        Attached("sizes-negative", Standard("sizes: -8 7 6"));
        Attached("sizes-zero", Standard("sizes: 8 0 6"));
        Attached("no-endian", Standard("endian: -"));
        Attached("endian-junk", Standard("endian: middle"));
        Attached("encoding-bzip2", Standard("encoding: bzip2"));
        Attached("encoding-gzip-raw-data", Standard("encoding: gzip"));
        Attached("encoding-ascii-short", Standard("encoding: ascii"), Encoding.ASCII.GetBytes("1 2 3\n"));
        Attached("encoding-ascii-junk", Standard("encoding: ascii"), Encoding.ASCII.GetBytes(string.Join(" ", Enumerable.Repeat("x1", 400))));
        Attached("encoding-ascii-overflow", Standard("encoding: ascii"), Encoding.ASCII.GetBytes(string.Join(" ", Enumerable.Repeat("99999999", 336))));
        Attached("line-skip-huge", Standard(add: "line skip: 9223372036854775807\n"));
        Attached("byte-skip-huge", Standard(add: "byte skip: 9223372036854775000\n"));
        Attached("byte-skip-minus-two", Standard(add: "byte skip: -2\n"));
        Attached("byte-skip-minus-one-gzip", Standard("encoding: gzip", "byte skip: -1\n"));
        Attached("space-junk", Standard().Replace("left-posterior-superior", "sideways"));
        Attached("space-origin-nan", Standard().Replace("space origin: (0,0,0)", "space origin: (nan,0,0)"));
        Attached("space-origin-inf", Standard().Replace("space origin: (0,0,0)", "space origin: (inf,0,0)"));
        Attached("space-origin-malformed", Standard().Replace("space origin: (0,0,0)", "space origin: (0,0"));
        Attached("space-directions-nan", Standard().Replace("(1,0,0) (0,1,0)", "(nan,0,0) (0,1,0)"));
        Attached("space-directions-zero", Standard().Replace("(1,0,0) (0,1,0)", "(0,0,0) (0,1,0)"));
        Attached("space-directions-parallel", Standard().Replace("(0,1,0) (0,0,1)", "(1,0,0) (1,0,0)"));
        Attached("space-directions-none-last", Standard().Replace("(0,0,1)", "none"));
        Attached("space-directions-huge", Standard().Replace("(1,0,0) (0,1,0) (0,0,1)", "(1e308,0,0) (0,1e308,0) (0,0,1e308)"));
        Attached("kinds-mismatch", Standard(add: "kinds: domain domain\n"));
        Attached("vector-huge-components", Standard("dimension: 4\nsizes: 2000000000 8 7 6", "kinds: vector domain domain domain\n").Replace(Geometry, ""));
        Attached("no-blank-line", Standard().TrimEnd('\n'), []);
        Attached("not-nrrd", "P6\n8 7\n255\n");
        Attached("control-characters", Standard(add: "\u001b[2J\u001b[31mdimension\0: 3\n"));
        Attached("long-line", Standard(add: "content: " + new string('A', 500_000) + "\n"));
        Attached("long-bad-line", Standard(add: new string('\u001b', 3_000_000) + "\n"));
        Attached("header-only-binary", "NRRD0004\n" + Encoding.Latin1.GetString(NiftiCorpus.RandomBytes(2_000_000, 7)));
        Attached("sizes-thousands", Standard("sizes: " + string.Join(" ", Enumerable.Repeat("1", 20000))));

        // Detached data files.
        c.Write("nrrd/data.raw", data);
        void Detached(string name, string dataFile)
        {
            string path = c.Write($"nrrd/{name}.nhdr", Encoding.Latin1.GetBytes(Standard(add: $"data file: {dataFile}\n") + "\n"));
            c.Extract("nrrd", name, path, mask);
        }

        Detached("detached-valid", "data.raw");
        Detached("detached-missing", "nothing-here.raw");
        Detached("detached-parent", "../../../../../../../../etc/passwd");
        Detached("detached-absolute", "/etc/passwd");
        Detached("detached-absolute-inside", c.PathOf("nrrd/data.raw"));
        Detached("detached-folder", ".");
        Detached("detached-list", "LIST");
        Detached("detached-pattern", "slice%03d.raw 1 10 1");
        Detached("detached-nul", "data\0.raw");
        Detached("detached-dev-zero", "/dev/zero");
        c.Extract("nrrd", "detached-parent-allowed", c.PathOf("nrrd/detached-parent.nhdr"), mask, "--allow-outside-paths");
        if (Support.SpecialFiles.Available)
        {
            Support.SpecialFiles.Fifo(c.PathOf("nrrd/pipe.raw"));
            Detached("detached-fifo", "pipe.raw");
            Support.SpecialFiles.Link(c.PathOf("nrrd/zero.raw"), "/dev/zero");
            Detached("detached-link-to-dev-zero", "zero.raw");
            Support.SpecialFiles.Link(c.PathOf("nrrd/zero-allowed.raw"), "/dev/zero");
            string allowed = c.Write("nrrd/detached-dev-zero-allowed.nhdr", Encoding.Latin1.GetBytes(Standard(add: "data file: /dev/zero\n") + "\n"));
            c.Extract("nrrd", "detached-dev-zero-allowed", allowed, mask, "--allow-outside-paths");
        }
    }
}
