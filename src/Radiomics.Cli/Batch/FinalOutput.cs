using Radiomics.IO;

namespace Radiomics.Cli.Batch;

/// <summary>
/// Writes a batch's final file and its errors file from records read twice (once for the layout, once to write),
/// each atomically: the errors file first, the output last, so an output that exists is complete.
/// </summary>
public static class FinalOutput
{
    /// <summary>Returns the layout written (record and failure counts).</summary>
    public static OutputLayout Write(
        string outputPath, BatchFormat format, IReadOnlyList<string> columns, Func<IEnumerable<CaseRecord>> records, Func<string, string?>? scratch = null)
    {
        OutputLayout layout = OutputLayout.Scan(columns, records());
        string errorsPath = BatchOutputWriter.ErrorsPathFor(outputPath);
        if (layout.Failed > 0)
        {
            AtomicFile.Write(errorsPath, s => BatchOutputWriter.WriteErrors(s, layout, records()), scratch?.Invoke(Path.GetFileName(errorsPath)));
        }
        else if (File.Exists(errorsPath))
        {
            File.Delete(errorsPath);
        }

        AtomicFile.Write(outputPath, s => BatchOutputWriter.Write(s, format, layout, records()), scratch?.Invoke(Path.GetFileName(outputPath)));
        return layout;
    }
}
