using System.Diagnostics;
using Radiomics.Hostile.Tests.Corpus;
using Radiomics.Hostile.Tests.Support;
using Radiomics.Tests.Support;

namespace Radiomics.Hostile.Tests;

/// <summary>
/// Issue #25: a generated corpus of hostile inputs across every format the tool reads (NIfTI, NRRD, MetaImage, DICOM
/// series, RTSTRUCT, SEG, parameter files, batch case lists, the analysis commands' tables and JSON files, named pipes, sockets and devices), each run through the
/// tool with a time limit of <see cref="HostileRunner.TimeLimit"/> and the process's managed heap capped at 1 GiB,
/// must end in a result or a one-line error: never an internal error, a crash, a hang, raw control characters on the
/// terminal or an error line of megabytes. The counts per format and outcome are written to the test output.
/// </summary>
public sealed class HostileCorpusTests : IDisposable
{
    private readonly CorpusBuilder _corpus = new();

    [Fact]
    public void Tool_EveryHostileInput_GivesResultOrOneLineError()
    {
        NiftiCorpus.Build(_corpus);
        NrrdCorpus.Build(_corpus);
        MetaImageCorpus.Build(_corpus);
        DicomSeriesCorpus.Build(_corpus);
        DicomMaskCorpus.Build(_corpus);
        string image = _corpus.PathOf("nifti/valid.nii"), mask = _corpus.PathOf("nifti/mask.nii");
        ParameterCorpus.Build(_corpus, TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask, TestData.IbsiCtPhantomImage, TestData.IbsiCtPhantomMask);
        BatchCorpus.Build(_corpus, image, mask);
        SpecialFileCorpus.Build(_corpus, image, mask);
        AnalysisCorpus.Build(_corpus);
        Assert.True(_corpus.Cases.Count >= 300, $"the corpus holds {_corpus.Cases.Count} inputs");

        var clock = Stopwatch.StartNew();
        IReadOnlyList<HostileOutcome> outcomes = HostileRunner.RunAll(_corpus.Cases);
        string report = HostileReport.Describe(outcomes, clock.Elapsed);
        HostileReport.WriteLog(outcomes);
        long? peak = HostileReport.PeakResidentBytes();
        report += $"peak resident memory of the test process: {(peak is { } p ? $"{p / (1 << 20)} MiB" : "unknown")}\n";
        TestContext.Current.TestOutputHelper?.WriteLine(report);

        Assert.True(outcomes.All(o => o.Violation is null), report);
        Assert.True(peak is null || peak < 1L << 30, report);

        // The valid inputs of each format must still give results: the guards refuse the hostile, not the good.
        foreach (string valid in new[] { "nifti/valid", "nifti/valid-gz", "nrrd/valid", "nrrd/detached-valid", "nrrd/detached-absolute-inside",
            "metaimage/valid", "metaimage/detached-valid", "dicom/valid", "dicom/link-loop-in-folder", "dicom/valid-implicit", "dicom/valid-big-endian", "dicom/valid-deflated",
            "rtstruct/valid", "rtstruct/valid-only-roi", "seg/valid", "csv/valid", "csv/utf16-bom", "csv/utf32-bom", "params/alias-in-setting", "analysis/icc-valid" })
        {
            HostileOutcome outcome = outcomes.Single(o => $"{o.Case.Format}/{o.Case.Name}" == valid);
            Assert.True(outcome.Kind == "result", $"{valid}: {outcome.Kind}: {outcome.Error}");
        }
    }

    public void Dispose() => _corpus.Dispose();
}
