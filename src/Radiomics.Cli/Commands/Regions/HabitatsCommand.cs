using System.CommandLine;
using System.Globalization;
using Radiomics.Analysis.Habitats;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Configuration;

namespace Radiomics.Cli.Commands.Regions;

/// <summary>
/// <c>radiomics habitats CASES.csv --params PARAMS.yaml [--images COLUMNS] (--k K | --k-range 2-8 --criterion
/// silhouette|bic) [--method kmeans|gmm] [--population] [--seed S] [--jobs N] --out-dir DIR</c>: splits every case's ROI
/// into habitats by clustering its voxels' features, and writes the label maps, their metrics and the criterion curves
/// (<see cref="HabitatRun"/>).
/// </summary>
public sealed class HabitatsCommand : CliCommand
{
    private Argument<string> _cases = null!;
    private ParameterOptions _parameters = null!;
    private Option<string?> _images = null!;
    private Option<int?> _k = null!;
    private Option<string?> _kRange = null!;
    private Option<string?> _criterion = null!;
    private Option<string?> _method = null!;
    private Option<bool> _population = null!;
    private Option<int?> _supervoxels = null!;
    private Option<int?> _seed = null!;
    private Option<int?> _minFragment = null!;
    private Option<int?> _jobs = null!;
    private Option<string?> _format = null!;
    private Option<bool> _seg = null!;
    private Option<bool> _extract = null!;
    private Option<string> _outDir = null!;

    public HabitatsCommand()
        : base("habitats", "split each ROI into habitats by clustering its voxels (voxel maps or several images), with habitat metrics")
    {
    }

    protected override void Declare()
    {
        _parameters = new();
        _cases = Positional("CASES.csv",
            "the batch case list: Image and Mask (relative to the CSV's folder or absolute), optional ID (names the output files), "
            + "Label (one per case), ROI, and the columns --images names");
        foreach (Option option in _parameters.All)
        {
            Add(option);
        }

        _images = Add(OptionValues.Text("--images", "COLUMNS",
            "cluster the plain intensities of these co-registered images (comma-separated case-list columns, e.g. Image,PET; each on the case image's grid) "
            + "instead of the parameter file's voxel maps"));
        _k = Add(OptionValues.Integer("--k", "K", 1, "a fixed number of habitats"));
        _kRange = Add(OptionValues.Text("--k-range", "MIN-MAX", "choose the number of habitats in this range by --criterion (default 2-8)"));
        _criterion = Add(OptionValues.Choice("--criterion", "C",
            "silhouette (default for kmeans: largest mean silhouette, on a seeded sample of 4,000 voxels) or bic (default for gmm: largest BIC, mclust's sign)",
            ["silhouette", "bic"]));
        _method = Add(OptionValues.Choice("--method", "M", "kmeans (default; k-means++, 3 starts) or gmm (Gaussian mixture, full covariances)", ["kmeans", "gmm"]));
        _population = Add(OptionValues.Flag("--population",
            "habitats shared by the cohort (two-step, as HABIT): each case's supervoxels, then one clustering of every case's supervoxel means; writes DIR/habitat-model.json"));
        _supervoxels = Add(OptionValues.Integer("--supervoxels", "N", 1, "--population: supervoxels per case (default 50)"));
        _seed = Add(OptionValues.Integer("--seed", "S", 0, "the seed of every random choice (default 0; the same seed gives the same habitats)"));
        _minFragment = Add(OptionValues.Integer("--min-fragment", "VOXELS", 1,
            "merge habitat fragments smaller than this into the neighbouring habitat they share most faces with (default: none merged)"));
        _jobs = Add(OptionValues.Integer("--jobs", "N", 1, "cases in parallel (default 1); the cores are shared out between them", "-j"));
        _format = Add(OptionValues.Choice("--format", "F", "the label maps' format: nifti (default, .nii.gz) or nrrd", ["nifti", "nrrd"], "-f"));
        _seg = Add(OptionValues.Flag("--seg", "also write DIR/<ID>_habitats.dcm, a DICOM SEG of the habitats, for each case whose image is a DICOM series"));
        _extract = Add(OptionValues.Flag("--extract",
            "also extract the parameter file's features of each habitat as its own region (habitat1_original_firstorder_Mean, ...) into habitats.csv"));
        _outDir = Add(new Option<string>("--out-dir", "-od")
        {
            HelpName = "DIR",
            Description = "the output folder (created if absent): <ID>_habitats.nii.gz per case, habitats.csv with its provenance, the criterion curves (.png and .svg)",
            Required = true,
        });
    }

    public override string Details =>
        "Features: without --images, the voxel maps the parameter file asks for (its featureClass, imageType and voxelSetting, as "
        + "'radiomics extract --mode voxel' computes them; a map that is NaN somewhere in an ROI is left out, with a warning); with "
        + "--images, the intensities. Features are z-scored per case (per case habitats) or over the population's supervoxel means.\n\n"
        + "Outputs in DIR: <ID>_habitats.nii.gz (labels 1..k on the case image's grid, 0 outside the ROI), habitats.csv (one row "
        + "per case: habitats_K, the criterion of every k, per habitat its volume fraction, volume and number of 26-connected "
        + "regions, HABIT's MSI features and the ITH score, with --extract each habitat's features) with habitats.csv.provenance.json, "
        + "<ID>_criterion.png and .svg (or criterion.png and .svg with --population), habitats.errors.csv when a case failed.\n\n"
        + "Progress is one line per case on the standard error; a failing case is listed and does not stop the others (exit 3). "
        + "The same inputs, options and seed give the same files whatever --jobs. Details: docs/habitats.md.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics habitats tests/data/analysis/regions/cli/planted-cases.csv --images Image --k-range 2-6 --out-dir habitats",
            "habitats of the planted phantom from its intensities, k from 2 to 6 by silhouette"),
        new("radiomics habitats tests/data/analysis/regions/cli/planted-cases.csv -p tests/data/analysis/regions/cli/local-mean.yaml --k 3 --extract --out-dir habitats",
            "three habitats from a local-mean voxel map, with each habitat's features"),
    ];

    public override IReadOnlyList<(int Code, string Meaning)> ExitStatuses => ExitCodes.WithCases;

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string outDir = parsed.GetRequiredValue(_outDir);
        OutputLocation.CheckFolder("--out-dir", outDir);
        IReadOnlyList<string>? images = parsed.GetValue(_images)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (images is { Count: 0 })
        {
            throw new UsageException("--images needs at least one case-list column, e.g. --images Image,PET");
        }

        if (images is null && parsed.GetValue(_parameters.File) is null)
        {
            throw new UsageException("give the features: --params PARAMS.yaml (its voxel maps, e.g. featureClass firstorder and voxelSetting kernelRadius 1) or --images COLUMNS");
        }

        if (parsed.GetValue(_supervoxels) is not null && !parsed.GetValue(_population))
        {
            throw new UsageException("--supervoxels goes with --population (the two-step scheme)");
        }

        var settings = new HabitatRunSettings
        {
            CaseListPath = parsed.GetRequiredValue(_cases),
            Parameters = _parameters.Load(parsed),
            ImageColumns = images,
            Clustering = Clustering(parsed),
            Population = parsed.GetValue(_population),
            Supervoxels = parsed.GetValue(_supervoxels) ?? 50,
            MinimumFragment = parsed.GetValue(_minFragment),
            OutputFolder = outDir,
            MapExtension = parsed.GetValue(_format) == "nrrd" ? ".nrrd" : ".nii.gz",
            Seg = parsed.GetValue(_seg),
            Extract = parsed.GetValue(_extract),
            Jobs = parsed.GetValue(_jobs) ?? 1,
        };
        return new HabitatRun(settings, error).Execute();
    }

    /// <summary>The clustering options the command line gives, validated (a usage error names the option).</summary>
    private HabitatClusteringOptions Clustering(ParseResult parsed)
    {
        int? k = parsed.GetValue(_k);
        string? range = parsed.GetValue(_kRange);
        if (k is not null && range is not null)
        {
            throw new UsageException("give --k K or --k-range MIN-MAX, not both");
        }

        bool mixture = parsed.GetValue(_method) == "gmm";
        string? criterion = parsed.GetValue(_criterion);
        if (k is not null && criterion is not null)
        {
            throw new UsageException("--criterion chooses k within --k-range; with --k there is nothing to choose");
        }

        var (low, high) = range is null ? (2, 8) : ParseRange(range);
        var options = new HabitatClusteringOptions
        {
            Algorithm = mixture ? HabitatAlgorithm.GaussianMixture : HabitatAlgorithm.KMeans,
            ClusterCount = k,
            MinimumClusters = low,
            MaximumClusters = high,
            Criterion = (criterion ?? (mixture ? "bic" : "silhouette")) == "bic" ? ClusterCountCriterion.Bic : ClusterCountCriterion.Silhouette,
            Seed = (ulong)(parsed.GetValue(_seed) ?? 0),
        };
        try
        {
            options.Validate();
        }
        catch (HabitatException e)
        {
            string message = e.Message.TrimEnd('.');
            throw new UsageException(message.Contains("BIC", StringComparison.Ordinal) ? "--criterion bic needs --method gmm (use silhouette for k-means)"
                : message.Replace("habitats: the range", "--k-range: the range", StringComparison.Ordinal));
        }

        return options;
    }

    private static (int Low, int High) ParseRange(string text)
    {
        string[] parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int low)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int high) && low <= high && high <= 254)
        {
            return (low, high);
        }

        throw new UsageException($"--k-range must be MIN-MAX with 1 <= MIN <= MAX <= 254, e.g. 2-8, not '{text}'");
    }
}
