using System.CommandLine;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.IO;

namespace Radiomics.Cli.Commands;

/// <summary>
/// <c>radiomics convert IMAGE --out IMAGE_OUT [--mask MASK --roi NAME --mask-out MASK_OUT]</c>: writes a DICOM series
/// (or any image the tool reads), and a structure rasterised on its grid, as NIfTI, NRRD or MetaImage by extension;
/// a mask output ending in .dcm is a DICOM SEG (<see cref="DicomOutput.SegmentationOutput"/>). Scripts depend on this exact form.
/// </summary>
public sealed class ConvertCommand : CliCommand
{
    private Argument<string> _image = null!;
    private Option<string> _out = null!;
    private Option<string?> _mask = null!;
    private Option<string?> _roi = null!;
    private Option<int?> _label = null!;
    private Option<string?> _maskOut = null!;
    private DicomOutput.SegmentationOutput _seg = null!;
    private InputLimitOptions _limits = null!;

    public ConvertCommand()
        : base("convert", "write a DICOM series (and an RTSTRUCT/SEG structure) as NIfTI or NRRD")
    {
    }

    protected override void Declare()
    {
        _image = Positional("IMAGE", "a DICOM series (folder or file) or an image file");
        _out = Add(new Option<string>("--out", "-o")
        {
            HelpName = "IMAGE_OUT",
            Description = "the image to write; the format follows the extension (.nii, .nii.gz, .nrrd, .nhdr, .mha, .mhd)",
            Required = true,
        });
        _mask = Add(OptionValues.Text("--mask", "MASK", "an RTSTRUCT or SEG (or an image file), rasterised on IMAGE's grid"));
        _roi = Add(OptionValues.Text("--roi", "NAME", "the RTSTRUCT ROI / SEG segment by name (as in extract); --label N by number"));
        _label = Add(OptionValues.Integer("--label", "N", int.MinValue, "the RTSTRUCT ROI / SEG segment by number", "-l"));
        _maskOut = Add(OptionValues.Text("--mask-out", "MASK_OUT",
            "where to write the mask (UInt8: 1 inside a selected structure, else segment numbers); a .dcm name writes a DICOM SEG on IMAGE's grid (IMAGE must be a DICOM series)"));
        _seg = new();
        _limits = new();
        foreach (Option option in _seg.All.Concat(_limits.All))
        {
            Add(option);
        }
    }

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics convert tests/data/ibsi1/ct_phantom/dicom/image --out ct.nii.gz", "the CT series as one NIfTI file"),
        new("radiomics convert tests/data/ibsi1/ct_phantom/dicom/image --out ct.nrrd --mask tests/data/ibsi1/ct_phantom/dicom/mask/DCM_RS_00060.dcm --roi GTV-1 --mask-out gtv.nrrd",
            "the series and the GTV-1 contour, rasterised on its grid, as NRRD"),
        new("radiomics convert tests/data/ibsi1/ct_phantom/dicom/image --out ct.nii.gz --mask tests/data/ibsi1/ct_phantom/dicom/mask/DCM_RS_00060.dcm --roi GTV-1 --mask-out gtv.seg.dcm",
            "the GTV-1 contour as a DICOM SEG of the series"),
    ];

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string imagePath = parsed.GetRequiredValue(_image);
        string outPath = parsed.GetRequiredValue(_out);
        string? maskPath = parsed.GetValue(_mask), maskOut = parsed.GetValue(_maskOut);
        if ((maskPath is null) != (maskOut is null))
        {
            throw new UsageException("--mask and --mask-out go together");
        }

        if (maskPath is null && (parsed.GetValue(_roi) is not null || parsed.GetValue(_label) is not null))
        {
            throw new UsageException("--roi and --label select a structure of --mask");
        }

        InputLimits limits = _limits.From(parsed);
        CheckWritable("--out", outPath);
        if (maskOut is not null && !DicomOutput.SegmentationOutput.IsSegmentation(maskOut))
        {
            CheckWritable("--mask-out", maskOut);
        }

        _seg.Check(parsed, imagePath, maskOut);

        if (maskPath is null)
        {
            ImageWriter.Write(InputLoader.LoadImage(imagePath, limits), outPath);
            output.WriteLine($"wrote {outPath}");
            return ExitCodes.Success;
        }

        LoadedCase loaded = InputLoader.LoadCase(imagePath, maskPath, parsed.GetValue(_roi), parsed.GetValue(_label), null, limits);
        foreach (string note in loaded.Notes)
        {
            error.WriteLine($"radiomics: warning: {SafeText.Escape(note, 2000)}");
        }

        ImageWriter.Write(loaded.Image, outPath);
        string maskWritten = maskOut!;
        if (DicomOutput.SegmentationOutput.IsSegmentation(maskOut))
        {
            maskWritten = _seg.Write(parsed, maskOut!, maskPath, parsed.GetValue(_roi), parsed.GetValue(_label), loaded);
        }
        else
        {
            ImageWriter.Write(loaded.Mask, maskOut!);
        }

        output.WriteLine($"wrote {outPath} and {maskWritten}");
        return 0;
    }

    /// <summary>Refuses an output name no writer handles before the (slow) load.</summary>
    private static void CheckWritable(string option, string path)
    {
        if (ImageReader.FormatOf(path) == ImageFileFormat.Unknown)
        {
            throw new UsageException($"{option} {path}: cannot choose a format from '{path}'; use .nii, .nii.gz, .nrrd, .nhdr, .mha or .mhd");
        }

        OutputLocation.CheckFile(option, path);
    }
}
