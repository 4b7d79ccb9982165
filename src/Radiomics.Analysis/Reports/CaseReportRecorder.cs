using Radiomics.Features;

namespace Radiomics.Analysis.Reports;

/// <summary>
/// The report's hook into an extraction: pass <see cref="Inspect"/> as the extraction's <c>inspect</c> callback
/// (<see cref="Radiomics.Extraction.RadiomicsExtractor.Extract(Radiomics.Imaging.ImageData, Radiomics.Imaging.ImageData, Radiomics.Extraction.InputDescription?, Radiomics.Extraction.InputDescription?, Action{string, FeatureInput}?)"/>)
/// and it copies, from the features' input of the original image, the ROI's intensities, the discretisation's bin
/// edges and the ROI mask (<see cref="Recorded"/>). The bin edges are those the texture features use (the input computes
/// them once and shares them). One recorder per extraction of one label; not thread-safe.
/// </summary>
public sealed class CaseReportRecorder
{
    /// <summary>The image type whose input is recorded.</summary>
    public const string Prefix = "original";

    /// <summary>What was recorded, or null when the extraction had no original image type (or has not run yet).</summary>
    public RecordedFeatureInput? Recorded { get; private set; }

    /// <summary>The inspect callback: records the input of <see cref="Prefix"/>, ignores the others.</summary>
    public void Inspect(string prefix, FeatureInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (prefix != Prefix || Recorded is not null)
        {
            return;
        }

        // Copies: the extraction may reuse its buffers once the callback returns.
        Recorded = new RecordedFeatureInput(input.RoiValues.ToArray(), input.Discretised.BinEdges.ToArray(), input.Mask.Clone());
    }

    /// <summary>An inspect callback that records and then calls <paramref name="other"/> (when given).</summary>
    public Action<string, FeatureInput> Then(Action<string, FeatureInput>? other) =>
        other is null ? Inspect : (prefix, input) =>
        {
            Inspect(prefix, input);
            other(prefix, input);
        };
}
