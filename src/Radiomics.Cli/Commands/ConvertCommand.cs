using Radiomics.IO;

namespace Radiomics.Cli.Commands;

/// <summary>
/// <c>radiomics convert IMAGE --out IMAGE_OUT [--mask MASK --roi NAME --mask-out MASK_OUT]</c>: writes a DICOM series
/// (or any image the tool reads), and a structure rasterised on its grid, as NIfTI, NRRD or MetaImage by extension.
/// Scripts depend on this exact form.
/// </summary>
public sealed class ConvertCommand : ICommand
{
    private static readonly string[] ValueOptions = ["--out", "--mask", "--roi", "--label", "--mask-out", InputLimitOptions.MaxVoxels];
    private static readonly string[] Flags = [InputLimitOptions.AllowOutsidePaths];

    public string Name => "convert";

    public string Summary => "write a DICOM series (and an RTSTRUCT/SEG structure) as NIfTI or NRRD";

    public string Usage => """
        usage: radiomics convert IMAGE --out IMAGE_OUT [--mask MASK [--roi NAME | --label N] --mask-out MASK_OUT]

          IMAGE          a DICOM series (folder or file) or an image file
          --out FILE     the image to write; the format follows the extension (.nii, .nii.gz, .nrrd, .nhdr, .mha, .mhd)
          --mask MASK    an RTSTRUCT or SEG (or an image file), rasterised on IMAGE's grid
          --roi NAME     the RTSTRUCT ROI / SEG segment by name (as in extract); --label N by number
          --mask-out F   where to write the mask (UInt8: 1 inside a selected structure, else segment numbers)
        """ + InputLimitOptions.Usage;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        Arguments arguments = Arguments.Parse(args, ValueOptions, Flags);
        if (arguments.Positional.Count != 1)
        {
            throw new UsageException("convert needs one IMAGE (see radiomics convert --help)");
        }

        string imagePath = arguments.Positional[0];
        string outPath = arguments.Value("--out") ?? throw new UsageException("convert needs --out IMAGE_OUT");
        string? maskPath = arguments.Value("--mask"), maskOut = arguments.Value("--mask-out");
        if ((maskPath is null) != (maskOut is null))
        {
            throw new UsageException("--mask and --mask-out go together");
        }

        if (maskPath is null && (arguments.Value("--roi") is not null || arguments.Value("--label") is not null))
        {
            throw new UsageException("--roi and --label select a structure of --mask");
        }

        Radiomics.IO.InputLimits limits = InputLimitOptions.From(arguments);
        CheckWritable(outPath);
        if (maskOut is not null)
        {
            CheckWritable(maskOut);
        }

        if (maskPath is null)
        {
            ImageWriter.Write(InputLoader.LoadImage(imagePath, limits), outPath);
            output.WriteLine($"wrote {outPath}");
            return 0;
        }

        LoadedCase loaded = InputLoader.LoadCase(imagePath, maskPath, arguments.Value("--roi"), arguments.IntValue("--label"), null, limits);
        foreach (string note in loaded.Notes)
        {
            error.WriteLine($"radiomics: warning: {Radiomics.IO.SafeText.Escape(note, 2000)}");
        }

        ImageWriter.Write(loaded.Image, outPath);
        ImageWriter.Write(loaded.Mask, maskOut!);
        output.WriteLine($"wrote {outPath} and {maskOut}");
        return 0;
    }

    /// <summary>Refuses an output name no writer handles before the (slow) load.</summary>
    private static void CheckWritable(string path)
    {
        if (ImageReader.FormatOf(path) == ImageFileFormat.Unknown)
        {
            throw new UsageException($"cannot choose a format from '{path}'; use .nii, .nii.gz, .nrrd, .nhdr, .mha or .mhd");
        }
    }
}
