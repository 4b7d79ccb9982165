using System.Globalization;
using Radiomics.Configuration.Perturbation;
using Radiomics.Extraction;
using Radiomics.Extraction.Perturbation;
using Radiomics.Preprocessing.Perturbation;

namespace Radiomics.Cli.Batch;

/// <summary>
/// <c>radiomics robustness</c>'s work per case: loads the image and mask (as <c>batch</c> does), extracts every
/// perturbed variant of the case's single label, and gives one record per variant with the case's ID and the
/// variant's <c>perturbation_*</c> columns. The variants run on the case's share of the cores.
/// </summary>
internal sealed class PerturbationCaseRunner(RadiomicsExtractor extractor, PerturbationSettings settings) : ICaseRunner
{
    /// <summary>The column naming the case (the case list's ID, else its 1-based row).</summary>
    public const string IdColumn = "ID";

    public IReadOnlyList<string> OutputColumns { get; } = [IdColumn, .. PerturbationVariant.ColumnNames];

    public IReadOnlyList<CaseRecord> Process(BatchCase batchCase)
    {
        KeyValuePair<string, string>[] id = [new(IdColumn, IdOf(batchCase))];
        try
        {
            if (batchCase.Problem is { } problem)
            {
                return Failed(batchCase, id, problem);
            }

            if (batchCase.AllLabels || batchCase.Labels is { Count: > 1 })
            {
                return Failed(batchCase, id, "robustness takes one label per case; give one Label per row (repeat the row with another ID for another label)");
            }

            int? label = batchCase.Labels is [int only] ? only : null;
            LoadedCase loaded = InputLoader.LoadCase(batchCase.ImagePath, batchCase.MaskPath, batchCase.Roi, label, maxDegreeOfParallelism: extractor.Context.MaxDegreeOfParallelism);
            // The case's thread share (the batch's context) runs its variants side by side, each on one thread.
            int share = extractor.Context.MaxDegreeOfParallelism;
            RadiomicsExtractor single = extractor.ForLabel(loaded.SelectedLabel ?? label ?? extractor.Settings.Mask.Label, batchCase.LabelChannel)
                .WithContext(ExtractionContext.SingleThreaded);
            var perturbed = new PerturbedCase(single, loaded.Image, loaded.Mask, settings,
                new InputDescription(batchCase.ImagePath, null), new InputDescription(batchCase.MaskPath, null));
            return VariantRunner.Run(perturbed, batchCase.Row, id, share, featuresOnly: true, skipNans: false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(batchCase, id, CaseProcessor.Describe(e));
        }
    }

    /// <summary>The case's name in the output: its ID cell, else its 1-based row in the case list.</summary>
    public static string IdOf(BatchCase batchCase) =>
        batchCase.Id is { Length: > 0 } id ? id : (batchCase.Row + 1).ToString(CultureInfo.InvariantCulture);

    private IReadOnlyList<CaseRecord> Failed(BatchCase batchCase, KeyValuePair<string, string>[] id, string error) =>
        [new CaseRecord(batchCase.Row, [.. id, .. OutputColumns.Skip(1).Select(c => new KeyValuePair<string, string>(c, ""))], error, [])];
}
