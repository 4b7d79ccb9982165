using System.Globalization;
using Radiomics.Imaging;

namespace Radiomics.Extraction;

/// <summary>Several labels of one mask in one pass: the image and mask are read once and shared by every label.</summary>
public sealed partial class RadiomicsExtractor
{
    /// <summary>
    /// The outcome for one label: its features, or the reason the label could not be extracted (a label absent from
    /// the mask, an ROI below <c>minimumROISize</c>, …). Exactly one of <see cref="Result"/> and <see cref="Error"/> is set.
    /// </summary>
    public sealed record LabelExtraction(int Label, FeatureResult? Result, ExtractionException? Error);

    /// <summary>
    /// Extracts every label in <paramref name="labels"/>, in that order, from one image and mask. Each label runs the
    /// single-label path with <c>label</c> (and <paramref name="labelChannel"/>, when given) set, so its result equals
    /// <see cref="Extract(ImageData, ImageData, InputDescription?, InputDescription?, Action{string, Radiomics.Features.FeatureInput}?)"/> with that setting exactly.
    /// A label that fails with an <see cref="ExtractionException"/> is reported in its entry and does not stop the
    /// others; any other exception propagates. The label-independent diagnostics (voxel hashes, image statistics) are
    /// computed once and shared by the labels.
    /// </summary>
    public IReadOnlyList<LabelExtraction> ExtractLabels(
        ImageData image, ImageData mask, IReadOnlyList<int> labels, int? labelChannel = null,
        InputDescription? imageSource = null, InputDescription? maskSource = null) =>
        ExtractLabels(image, mask, labels, labelChannel, imageSource, maskSource, null);

    /// <summary>
    /// <see cref="ExtractLabels(ImageData, ImageData, IReadOnlyList{int}, int?, InputDescription?, InputDescription?)"/>,
    /// each label's extraction handing its feature inputs to the callback <paramref name="inspectFor"/> gives for that
    /// label (as <c>inspect</c> of <see cref="Extract(ImageData, ImageData, InputDescription?, InputDescription?, Action{string, Radiomics.Features.FeatureInput}?)"/>),
    /// when it gives one (e.g. the quality-control report's recorder).
    /// </summary>
    public IReadOnlyList<LabelExtraction> ExtractLabels(
        ImageData image, ImageData mask, IReadOnlyList<int> labels, int? labelChannel,
        InputDescription? imageSource, InputDescription? maskSource, Func<int, Action<string, Radiomics.Features.FeatureInput>?>? inspectFor)
    {
        var results = new List<LabelExtraction>(labels.Count);
        var digests = new InputDigests(image, mask);
        foreach (int label in labels)
        {
            RadiomicsExtractor single = ForLabel(label, labelChannel);
            try
            {
                results.Add(new LabelExtraction(label, single.Extract(image, mask, imageSource, maskSource, inspectFor?.Invoke(label), null, digests), null));
            }
            catch (ExtractionException e)
            {
                results.Add(new LabelExtraction(label, null, e));
            }
        }

        return results;
    }

    /// <summary>
    /// This extractor with <c>label</c> and, when given, <c>label_channel</c> replaced (itself when nothing changes),
    /// sharing this one's buffer pool: the labels of a case reuse the same buffers.
    /// </summary>
    public RadiomicsExtractor ForLabel(int label, int? labelChannel = null)
    {
        int channel = labelChannel ?? Settings.Mask.LabelChannel;
        if (label == Settings.Mask.Label && channel == Settings.Mask.LabelChannel)
        {
            return this;
        }

        return new RadiomicsExtractor(Parameters with { Settings = Settings with { Mask = Settings.Mask with { Label = label, LabelChannel = channel } } }, _buffers, Context);
    }

    /// <summary>
    /// The labels of a label map: the distinct non-zero values of its <paramref name="labelChannel"/> component
    /// (component 0 for a scalar mask), ascending. Non-integer values are rejected, as PyRadiomics' labels are integers.
    /// </summary>
    public static IReadOnlyList<int> LabelsOf(ImageData mask, int labelChannel = 0, string maskName = "mask")
    {
        int component = mask.Components > 1 ? labelChannel : 0;
        if (component >= mask.Components)
        {
            throw new ExtractionException($"{maskName}: label_channel {labelChannel} does not exist; the mask has {mask.Components} component(s).");
        }

        var labels = new List<int>();
        foreach (double value in mask.DistinctNonZeroValues(component))
        {
            if (value != Math.Floor(value) || value < int.MinValue || value > int.MaxValue)
            {
                throw new ExtractionException($"{maskName}: the mask holds the non-integer value {value.ToString(CultureInfo.InvariantCulture)}; labels must be integers.");
            }

            labels.Add((int)value);
        }

        return labels;
    }
}
