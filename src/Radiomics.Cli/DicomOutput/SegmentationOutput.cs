using System.CommandLine;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Dicom.Writing.Seg;
using Radiomics.Imaging;

namespace Radiomics.Cli.DicomOutput;

/// <summary>
/// <c>convert … --mask-out seg.dcm [--segment-metadata FILE.json] [--uid-seed S]</c>: the mask written as a DICOM SEG on
/// the source series' grid, one segment per label value present (ascending, numbered 1, 2, …). Segments are described
/// by the metadata file (dcmqi's JSON, keyed by label value) when given, else after their origin: an RTSTRUCT ROI keeps
/// its name, a SEG's segments their labels and descriptions, other labels become lesions "Segment N".
/// </summary>
internal sealed class SegmentationOutput
{
    public Option<string?> Metadata { get; } = OptionValues.Text("--segment-metadata", "FILE",
        "with --mask-out *.dcm: segment descriptions in dcmqi's JSON (SeriesDescription, segmentAttributes with labelID, SegmentLabel, "
        + "SegmentedPropertyCategoryCodeSequence, …); see docs/dicom-sr.md");

    public Option<string?> Seed { get; } = DicomOutputOptions.UidSeed(" (with --mask-out *.dcm)");

    public IEnumerable<Option> All => [Metadata, Seed];

    /// <summary>Whether a mask output names a DICOM SEG (it ends in .dcm).</summary>
    public static bool IsSegmentation(string? path) => path?.EndsWith(".dcm", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Checks, before loading, that a SEG can be written: a DICOM source, a writable output, a readable metadata file.</summary>
    public void Check(ParseResult parsed, string imagePath, string? maskOut)
    {
        if (!IsSegmentation(maskOut))
        {
            foreach (Option option in All.Where(o => parsed.GetResult(o) is { Implicit: false }))
            {
                throw new UsageException($"{option.Name} goes with --mask-out FILE.dcm (a DICOM SEG)");
            }

            return;
        }

        if (!InputLoader.IsDicomInput(imagePath))
        {
            throw new UsageException($"--mask-out {maskOut}: a DICOM SEG is written on a DICOM series' grid and references its images; '{imagePath}' is not DICOM");
        }

        OutputLocation.CheckFile("--mask-out", maskOut!);
        if (parsed.GetValue(Metadata) is { } json && !File.Exists(json))
        {
            throw new UsageException($"--segment-metadata {json}: no such file");
        }
    }

    /// <summary>Writes the SEG of <paramref name="loaded"/>'s mask; returns what to tell the user.</summary>
    public string Write(ParseResult parsed, string maskOut, string maskPath, string? roiName, int? label, LoadedCase loaded)
    {
        Volume<byte> labels = LabelMap(loaded.Mask, maskPath);
        SegmentationMetadata metadata = parsed.GetValue(Metadata) is { } json
            ? SegmentMetadataJson.Read(json)
            : SegmentationMetadata.Default with { SegmentsByLabel = MaskOrigin.Of(maskPath, roiName, label).SegmentDefinitions(loaded.SelectedLabel) };
        SegWriteResult seg = DicomSegWriter.WriteLabelMap(maskOut, loaded.Series!, labels, metadata, DicomOutputOptions.WriteOptions(parsed.GetValue(Seed)));
        return $"{seg.Path} ({seg.Segments.Count} segment(s))";
    }

    /// <summary>The mask as 8-bit labels: a UInt8 mask as it is, another type when every value is a whole number 0 to 255.</summary>
    private static Volume<byte> LabelMap(ImageData mask, string maskPath)
    {
        if (mask.VoxelType == VoxelType.UInt8 && mask.Components == 1)
        {
            return new Volume<byte>(mask.Geometry, (byte[])mask.Voxels);
        }

        var labels = new byte[mask.Geometry.Size.VoxelCount];
        for (long i = 0; i < labels.LongLength; i++)
        {
            double value = mask.GetDouble(i);
            if (value is < 0 or > 255 || value != Math.Floor(value))
            {
                throw new InputException($"{maskPath}: a SEG holds label values 0 to 255, but the mask has the value {value}");
            }

            labels[i] = (byte)value;
        }

        return new Volume<byte>(mask.Geometry, labels);
    }
}
