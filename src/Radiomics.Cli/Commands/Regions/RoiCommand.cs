using System.CommandLine;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Configuration.Regions;
using Radiomics.Dicom;
using Radiomics.Dicom.Series;
using Radiomics.Dicom.Writing;
using Radiomics.Dicom.Writing.Seg;
using Radiomics.Extraction.Regions;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Cli.Commands.Regions;

/// <summary>
/// <c>radiomics roi MASK (--ring D | --grow D | --shrink D | --rim D) [--clip MASK] [--subtract MASK]
/// [--largest-component] [--fill-holes] [--label N] --out FILE</c>: writes one region derived from an ROI
/// (<see cref="RegionBuilder"/>, the steps of a <c>regions:</c> entry) for inspection, as NIfTI, NRRD or MetaImage by
/// extension, or as a DICOM SEG on the series <c>--series DIR</c> when FILE ends in <c>.dcm</c>.
/// </summary>
public sealed class RoiCommand : CliCommand
{
    private Argument<string> _mask = null!;
    private Option<double?> _ring = null!;
    private Option<double?> _grow = null!;
    private Option<double?> _shrink = null!;
    private Option<double?> _rim = null!;
    private Option<string?> _clip = null!;
    private Option<string?> _subtract = null!;
    private Option<bool> _largest = null!;
    private Option<bool> _fillHoles = null!;
    private Option<int?> _label = null!;
    private Option<string?> _series = null!;
    private Option<string> _out = null!;

    public RoiCommand()
        : base("roi", "write a region derived from an ROI (peritumoral ring, rim, grown or shrunk ROI) for inspection")
    {
    }

    protected override void Declare()
    {
        _mask = Positional("MASK", "the ROI: a mask file (NIfTI, NRRD, MetaImage), or a DICOM RTSTRUCT or SEG with --series");
        _ring = Add(DistanceOption.Create("--ring", "the voxels outside the ROI within D mm of it (peritumoral ring)"));
        _grow = Add(DistanceOption.Create("--grow", "the ROI plus the voxels within D mm of it"));
        _shrink = Add(DistanceOption.Create("--shrink", "the ROI voxels farther than D mm from outside it"));
        _rim = Add(DistanceOption.Create("--rim", "the ROI voxels within D mm of outside it (inner rim)"));
        _clip = Add(OptionValues.Text("--clip", "MASK", "keep only the voxels inside this mask (every non-zero voxel; e.g. the body), after the distance step"));
        _subtract = Add(OptionValues.Text("--subtract", "MASK", "remove the voxels inside this mask (e.g. vessels, air), after the clip"));
        _largest = Add(OptionValues.Flag("--largest-component", "keep only the ROI's largest 26-connected region first (drops satellite lesions)"));
        _fillHoles = Add(OptionValues.Flag("--fill-holes", "fill the ROI's enclosed holes first"));
        _label = Add(OptionValues.Integer("--label", "N", int.MinValue, "the ROI's label in MASK (default 1); for an RTSTRUCT or SEG the ROI or segment number", "-l"));
        _series = Add(OptionValues.Text("--series", "DIR", "the DICOM series MASK lies on: needed for an RTSTRUCT or SEG MASK and for a .dcm --out"));
        _out = Add(new Option<string>("--out", "-o")
        {
            HelpName = "FILE",
            Description = "the region to write (1 inside, on MASK's grid): .nii, .nii.gz, .nrrd, .nhdr, .mha or .mhd, or .dcm for a DICOM SEG on --series",
            Required = true,
        });
    }

    public override string Details =>
        "The steps run in this order: --fill-holes, --largest-component (on the ROI), the distance (at most one of --ring, "
        + "--grow, --shrink, --rim; Euclidean, in mm, between voxel centres, with the grid's spacing), --clip, --subtract. "
        + "They are the steps of an entry of the parameter file's 'regions:' section, so the file written is the mask "
        + "'radiomics extract' uses for that region. A distance below the voxel spacing gives an empty ring or rim: a warning, "
        + "and the empty mask is still written (not as a SEG, which needs a voxel). Warnings are one line each on the standard "
        + "error, then the region's voxel count and volume. Details: docs/regions.md.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics roi tests/data/analysis/regions/phantom/mask.nii.gz --ring 5 --clip tests/data/analysis/regions/phantom/clip.nii.gz --out ring5.nii.gz",
            "the 5 mm peritumoral ring clipped to the body mask"),
        new("radiomics roi tests/data/analysis/regions/phantom/mask.nii.gz --rim 2 --largest-component --out rim2.nrrd",
            "the outer 2 mm of the main lesion (satellite dropped), as NRRD"),
        new("radiomics roi tests/data/ibsi1/ct_phantom/dicom/mask/DCM_RS_00060.dcm --series tests/data/ibsi1/ct_phantom/dicom/image --ring 3 --out ring3.dcm",
            "a 3 mm ring around an RTSTRUCT contour, as a DICOM SEG on the CT series"),
    ];

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string maskPath = parsed.GetRequiredValue(_mask), outPath = parsed.GetRequiredValue(_out);
        string? seriesPath = parsed.GetValue(_series);
        bool seg = outPath.EndsWith(".dcm", StringComparison.OrdinalIgnoreCase);
        RegionSettings region = Definition(parsed);
        CheckOutput(outPath, seg, seriesPath);

        int label = parsed.GetValue(_label) ?? 1;
        (ImageData image, Volume<byte> roi, DicomSeries? series) = LoadRoi(maskPath, seriesPath, parsed.GetValue(_label));
        var loader = new RegionMaskLoader(image);
        RegionResult result;
        try
        {
            result = RegionBuilder.Build(roi, region, loader.Load);
        }
        catch (RegionException e)
        {
            throw new InputException(e.Message);
        }

        foreach (string warning in result.Warnings)
        {
            error.WriteLine($"radiomics: warning: {warning.ReplaceLineEndings(" ")}");
        }

        if (seg)
        {
            WriteSeg(outPath, series!, result.Mask, region, label);
        }
        else
        {
            ImageWriter.Write(result.Mask, outPath);
        }

        error.WriteLine(FormattableString.Invariant($"radiomics roi: {region.Describe()}: {result.VoxelCount} voxels, {result.VolumeMm3:0.###} mm³; wrote {outPath}"));
        return ExitCodes.Success;
    }

    /// <summary>The region the options describe; a usage error for none, or more than one distance.</summary>
    private RegionSettings Definition(ParseResult parsed)
    {
        var distances = new (Option<double?> Option, RegionOperation Operation)[]
        {
            (_ring, RegionOperation.Ring), (_grow, RegionOperation.Grow), (_shrink, RegionOperation.Shrink), (_rim, RegionOperation.InnerRim),
        }.Where(d => parsed.GetValue(d.Option) is not null).ToArray();
        if (distances.Length > 1)
        {
            throw new UsageException($"give one distance operation, not {string.Join(" and ", distances.Select(d => d.Option.Name))}");
        }

        var region = new RegionSettings
        {
            Name = "roi",
            Operation = distances.Length == 1 ? distances[0].Operation : RegionOperation.None,
            DistanceMm = distances.Length == 1 ? parsed.GetValue(distances[0].Option)!.Value : 0,
            Clip = Source(parsed.GetValue(_clip)),
            Subtract = Source(parsed.GetValue(_subtract)),
            LargestComponent = parsed.GetValue(_largest),
            FillHoles = parsed.GetValue(_fillHoles),
        };
        if (region.Operation == RegionOperation.None && region.Clip is null && region.Subtract is null && !region.LargestComponent && !region.FillHoles)
        {
            throw new UsageException("give an operation: --ring, --grow, --shrink or --rim D (mm), or --clip, --subtract, --largest-component, --fill-holes");
        }

        return region;
    }

    private static RegionMaskSource? Source(string? path) =>
        path is null ? null : new RegionMaskSource { Path = path, ResolvedPath = Path.GetFullPath(path) };

    /// <summary>Refuses an output no writer handles before any work.</summary>
    private static void CheckOutput(string outPath, bool seg, string? seriesPath)
    {
        if (seg && seriesPath is null)
        {
            throw new UsageException($"--out {outPath}: a DICOM SEG is written on a DICOM series; give it with --series DIR");
        }

        if (!seg && ImageReader.FormatOf(outPath) == ImageFileFormat.Unknown)
        {
            throw new UsageException($"--out {outPath}: cannot choose a format from the name; use .nii, .nii.gz, .nrrd, .nhdr, .mha, .mhd or .dcm (DICOM SEG)");
        }

        OutputLocation.CheckFile("--out", outPath);
    }

    /// <summary>The ROI (1 inside) and the grid it lies on: a mask file alone, or a mask on the DICOM series of --series.</summary>
    private static (ImageData Image, Volume<byte> Roi, DicomSeries? Series) LoadRoi(string maskPath, string? seriesPath, int? label)
    {
        if (seriesPath is null)
        {
            if (!File.Exists(maskPath))
            {
                throw new InputException($"{maskPath}: the mask file does not exist");
            }

            if (ImageReader.FormatOf(maskPath) == ImageFileFormat.Unknown)
            {
                throw new UsageException($"{maskPath}: not a mask file the tool reads alone (.nii, .nii.gz, .nrrd, .nhdr, .mha, .mhd); an RTSTRUCT or SEG needs --series DIR");
            }

            ImageData mask = ImageReader.Read(maskPath);
            return (mask, Select(mask, label ?? 1, maskPath), null);
        }

        DicomSeries series = DicomInput.LoadSeries(seriesPath);
        bool dicomMask = ImageReader.FormatOf(maskPath) == ImageFileFormat.Unknown;
        ImageData loaded = dicomMask ? DicomInput.LoadMask(maskPath, series, null, label) : ImageReader.Read(maskPath);
        // A selected RTSTRUCT ROI or SEG segment is 0/1; unselected, an RTSTRUCT's only ROI is 0/1 and a SEG is its label map.
        int value = !dicomMask ? label ?? 1
            : label is not null ? 1
            : loaded.DistinctNonZeroValues() is [double only] ? (int)only
            : throw new UsageException($"{maskPath}: the SEG holds several segments; choose one with --label N");
        return (series.Image, Select(loaded, value, maskPath), series);
    }

    private static Volume<byte> Select(ImageData mask, int label, string maskPath)
    {
        Volume<byte> roi = mask.ToBinaryMask(label);
        if (!roi.Voxels.ContainsAnyExcept((byte)0))
        {
            IReadOnlyList<double> present = mask.DistinctNonZeroValues();
            throw new InputException(present.Count == 0
                ? $"{maskPath}: the mask is empty (no non-zero voxel)"
                : $"{maskPath}: label {label} is not in the mask; labels present: {string.Join(", ", present.Take(20).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)))} (use --label)");
        }

        return roi;
    }

    private static void WriteSeg(string outPath, DicomSeries series, Volume<byte> region, RegionSettings definition, int label)
    {
        var segment = new SegmentDefinition(definition.Describe().Length <= 64 ? definition.Describe() : $"region of label {label}")
        {
            AlgorithmType = SegmentAlgorithmType.Automatic,
            AlgorithmName = "Radiomics.NET roi",
            Description = definition.Describe(),
        };
        try
        {
            DicomSegWriter.Write(outPath, series, [new SegmentMask(segment, region)],
                SegmentationMetadata.Default with { SeriesDescription = "Derived region", ContentLabel = "REGION" });
        }
        catch (DicomWriteException e)
        {
            throw new InputException($"--out {outPath}: {e.Message}");
        }
    }
}
