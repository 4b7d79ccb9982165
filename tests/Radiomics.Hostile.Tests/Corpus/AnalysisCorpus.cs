using System.Text;
using Radiomics.Tests.Support;

namespace Radiomics.Hostile.Tests.Corpus;

/// <summary>
/// Hostile files given to the analysis commands (icc, select, harmonize, model, delta, bundle, habitats, report) where
/// they expect a feature table or a JSON document (a model, a ComBat fit, a bundle, an ibsi-check report): pipes,
/// sockets, devices, folders, binary junk, broken encodings, truncated and deeply nested JSON, other tools' JSON. They
/// all pass the analysis file gateway (<c>Radiomics.Analysis.Common.AnalysisFiles</c>).
/// </summary>
public static class AnalysisCorpus
{
    public static void Build(CorpusBuilder c)
    {
        string table = TestData.Require("analysis/models/bc_wisconsin.csv");
        string icc = TestData.Require("analysis/icc/cohort30x5_long.csv");
        var files = new List<(string Name, string Path)>
        {
            ("missing", c.PathOf("analysis/missing.csv")),
            ("folder", c.PathOf("analysis/folder.csv/")),
            ("empty", c.WriteText("analysis/empty.csv", "")),
            ("binary-junk", c.Write("analysis/junk.csv", NiftiCorpus.RandomBytes(20_000, 11))),
            ("nul-bytes", c.WriteText("analysis/nul.csv", "Subject,Rater,y,p1\n1\0,2,1,0.5\n")),
            ("invalid-utf8", c.Write("analysis/bad-utf8.csv", [.. Encoding.UTF8.GetBytes("Subject,Rater,f\n1,1,"), 0xC3, 0x28, 0xFF, (byte)'\n'])),
            ("utf16-no-bom", c.Write("analysis/utf16.csv", Encoding.Unicode.GetBytes("Subject,Rater,f\n1,1,2\n"))),
            ("control-in-header", c.WriteText("analysis/escapes.csv", "Subject,Rater,\u001b[2J\u001b[31mf\n1,1,2\n")),
            ("huge-line", c.WriteText("analysis/huge-line.csv", "Subject,Rater," + new string('f', 3_000_000) + "\n1,1,2\n")),
            ("many-columns", c.WriteText("analysis/wide.csv", "Subject,Rater," + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"f{i}")) + "\n1,1," + string.Join(",", Enumerable.Repeat("1", 20_000)) + "\n")),
            ("json-truncated", c.WriteText("analysis/truncated.json", "{\"format\": \"radiomics-ibsi-check/1\", \"suites\": [")),
            ("json-nested", c.WriteText("analysis/nested.json", new string('[', 100_000) + new string(']', 100_000))),
            ("json-foreign", c.WriteText("analysis/foreign.json", "{\"format\": \"something-else\", \"version\": 99}")),
            ("json-huge-number", c.WriteText("analysis/number.json", "{\"format\": \"radiomics-model\", \"version\": 1" + new string('9', 10_000) + "}")),
            ("dev-zero", "/dev/zero"),
            ("dev-urandom", "/dev/urandom"),
            ("dev-null", "/dev/null"),
        };
        Directory.CreateDirectory(c.PathOf("analysis/folder.csv/"));
        if (Support.SpecialFiles.Available)
        {
            files.Add(("fifo", Support.SpecialFiles.Fifo(c.PathOf("analysis/pipe.csv"))));
            files.Add(("fifo-json", Support.SpecialFiles.Fifo(c.PathOf("analysis/pipe.json"))));
            files.Add(("socket", Support.SpecialFiles.Socket(c.PathOf("analysis/socket.csv"))));
            files.Add(("link-dev-zero", Support.SpecialFiles.Link(c.PathOf("analysis/zero.csv"), "/dev/zero")));
        }

        int n = 0;
        foreach ((string name, string path) in files)
        {
            string Out(string file) => c.PathOf($"analysis-out/{n++}/{file}");
            c.Run("analysis", $"icc-{name}", "icc", path, "--subject", "Subject", "--rater", "Rater", "-o", Out("icc.csv"));
            c.Run("analysis", $"select-{name}", "select", path, "--method", "variance", "-o", Out("selected.json"));
            c.Run("analysis", $"harmonize-fit-{name}", "harmonize", "fit", path, "--batch", "Batch", "--model", Out("combat.json"));
            c.Run("analysis", $"harmonize-apply-model-{name}", "harmonize", "apply", table, "--model", path, "-o", Out("h.csv"));
            c.Run("analysis", $"model-train-{name}", "model", "train", path, "--outcome", "y", "--out", Out("model.json"));
            c.Run("analysis", $"model-predict-model-{name}", "model", "predict", path, table, "--out", Out("p.csv"));
            c.Run("analysis", $"model-evaluate-{name}", "model", "evaluate", path, "--outcome", "y", "--score", "p1", "--out", Out("m.json"));
            c.Run("analysis", $"delta-{name}", "delta", path, "--subject", "Subject", "--timepoint", "Rater", "--out", Out("d.csv"));
            c.Run("analysis", $"bundle-verify-{name}", "bundle", "verify", path);
            c.Run("analysis", $"report-table-{name}", "report", path, "--no-images", "-o", Out("r.html"));
            c.Run("analysis", $"report-ibsi-check-{name}", "report", table, "--no-images", "-o", Out("r.html"), "--ibsi-check", path);
            c.Run("analysis", $"report-robustness-{name}", "report", table, "--no-images", "-o", Out("r.html"), "--robustness", path);
        }

        c.Run("analysis", "icc-valid", "icc", icc, "--subject", "Subject", "--rater", "Rater", "-o", c.PathOf("analysis-out/valid/icc.csv"));
    }
}
