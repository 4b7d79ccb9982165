using Radiomics.Cli.Tests.Batch;

namespace Radiomics.Cli.Tests.CommandLine;

/// <summary>A temporary folder with small cases for the command-line tests (built on <see cref="BatchWorkspace"/>).</summary>
internal sealed class CliWorkspace : IDisposable
{
    private readonly BatchWorkspace _work = new();

    public string Folder => _work.Folder;

    public string Path(string name) => _work.Path(name);

    /// <summary>A first-order-only parameter file (fast).</summary>
    public string Params() => _work.WriteParams();

    /// <summary>A synthetic case (image, mask) as full paths; with <paramref name="twoLabels"/> the mask also has label 2.</summary>
    public (string Image, string Mask) Case(string name = "case", bool twoLabels = false)
    {
        var (image, mask) = _work.WriteCase(name, 0, twoLabels);
        return (Path(image), Path(mask));
    }

    /// <summary>A case list of <paramref name="count"/> good cases with an ID column (P000, P001, …).</summary>
    public string CaseList(int count) => _work.WriteGoodCases(count);

    public string WriteCsv(string name, string header, IEnumerable<string> rows) => _work.WriteCsv(name, header, rows);

    public void Dispose() => _work.Dispose();
}
