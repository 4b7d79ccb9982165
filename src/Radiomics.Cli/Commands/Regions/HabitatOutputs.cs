using System.Globalization;
using Radiomics.Analysis.Habitats;
using Radiomics.Analysis.Plots;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Batch;
using Radiomics.Cli.Output;
using Radiomics.Configuration;
using Radiomics.Dicom;
using Radiomics.Dicom.Writing;
using Radiomics.Dicom.Writing.Seg;
using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Cli.Commands.Regions;

/// <summary>
/// What <c>radiomics habitats</c> writes for a case once its voxels are labelled: the label map on the image's grid
/// (<c>DIR/&lt;ID&gt;_habitats.nii.gz</c> or <c>.nrrd</c>; 0 outside the ROI, habitats 1..k), the DICOM SEG of a DICOM case
/// with <c>--seg</c>, the criterion curve, the habitat metrics and, with <c>--extract</c>, each habitat's features; and
/// for a population fit the model and its curve. Every file is written atomically.
/// </summary>
internal sealed class HabitatOutputs
{
    /// <summary>The population model's file name.</summary>
    public const string ModelName = "habitat-model.json";

    private readonly HabitatRunSettings _settings;
    private readonly HabitatFeatureLoader _loader;
    private readonly Action<string> _log;

    public HabitatOutputs(HabitatRunSettings settings, HabitatFeatureLoader loader, Action<string> log)
    {
        _settings = settings;
        _loader = loader;
        _log = log;
    }

    /// <summary>Writes the case's outputs from its 0-based <paramref name="labels"/> (one per ROI voxel) and returns its row.</summary>
    /// <param name="image">The case's image when still loaded; null to read it again (population runs, <c>--extract</c> only).</param>
    public HabitatCaseResult Finish(string name, BatchCase batchCase, HabitatCaseFeatures features, int[] labels, int k,
        IReadOnlyList<ClusterCountScore> scores, ImageData? image, ExtractionParameters parameters, ParallelOptions threads)
    {
        Volume<byte> map = GridPlacement.OntoImage(HabitatMap.ToVolume(features.Roi, labels), features.ImageGrid)!;
        if (_settings.MinimumFragment is { } minimum)
        {
            FragmentMergeResult merged = HabitatFragments.MergeSmall(map, minimum);
            map = merged.Habitats;
            if (merged.FragmentsMerged > 0)
            {
                _log(string.Create(CultureInfo.InvariantCulture,
                    $"radiomics habitats: case {name}: merged {merged.FragmentsMerged} fragment(s) under {minimum} voxels ({merged.VoxelsRelabelled} voxels relabelled)"));
            }
        }

        HabitatMetricsResult metrics = HabitatMetrics.Compute(map, Connectivity.Full, k);
        ImageWriter.Write(map, Path.Combine(_settings.OutputFolder, name + "_habitats" + _settings.MapExtension));
        if (_settings.Seg)
        {
            WriteSeg(name, batchCase.ImagePath, map, k);
        }

        if (!_settings.Population && _settings.Clustering.ClusterCount is null)
        {
            WriteCurve(name + "_criterion", $"{name}: habitats", scores, k);
        }

        IReadOnlyList<IReadOnlyList<KeyValuePair<string, double>>> extracted = [];
        if (_settings.Extract)
        {
            image ??= _loader.Load(batchCase).Loaded.Image;
            extracted = ExtractHabitats(name, image, map, k, parameters);
        }

        return new HabitatCaseResult(name, k, scores, labels.Length, metrics, extracted, null);
    }

    /// <summary>A population fit's model (<see cref="ModelName"/>, to give new cases the same habitats) and criterion curve.</summary>
    public void WritePopulation(TwoStepHabitatResult fit)
    {
        AtomicFile.WriteText(Path.Combine(_settings.OutputFolder, ModelName), writer => writer.Write(TwoStepHabitatModelJson.Write(fit.Model) + "\n"));
        if (_settings.Clustering.ClusterCount is null)
        {
            WriteCurve("criterion", "population habitats (supervoxel means)", fit.Scores, fit.Model.HabitatCount);
        }
    }

    /// <summary>The criterion curve as <c>DIR/STEM.png</c> and <c>.svg</c> (<see cref="CriterionPlot"/>).</summary>
    private void WriteCurve(string stem, string title, IReadOnlyList<ClusterCountScore> scores, int chosen)
    {
        try
        {
            CriterionPlot.Write(Path.Combine(_settings.OutputFolder, stem), title, scores, _settings.Clustering.Criterion, chosen);
        }
        catch (FeatureTableException e)
        {
            throw new InputException(e.Message);
        }
    }

    /// <summary>Each habitat's features as its own region (habitat h = label h of the map); a habitat the extractor refuses gets none and a warning.</summary>
    private List<IReadOnlyList<KeyValuePair<string, double>>> ExtractHabitats(string name, ImageData image, Volume<byte> map, int k, ExtractionParameters parameters)
    {
        var extractor = new RadiomicsExtractor(parameters with { Settings = parameters.Settings with { Output = new OutputSettings { AdditionalInfo = false } }, Regions = [] });
        var mask = ImageData.FromVolume(map);
        var habitats = new List<IReadOnlyList<KeyValuePair<string, double>>>(k);
        for (int h = 1; h <= k; h++)
        {
            try
            {
                habitats.Add([.. extractor.ForLabel(h, 0).Extract(image, mask, null, new InputDescription($"habitat {h}", null)).Features]);
            }
            catch (ExtractionException e)
            {
                _log($"radiomics: warning: case {name}: habitat {h}: {e.Message.TrimEnd('.')}; its features are NaN");
                habitats.Add([]);
            }
        }

        return habitats;
    }

    private void WriteSeg(string name, string imagePath, Volume<byte> map, int k)
    {
        bool dicom = Directory.Exists(imagePath) || (ImageReader.FormatOf(imagePath) == ImageFileFormat.Unknown && DicomInput.IsDicom(imagePath));
        if (!dicom)
        {
            _log($"radiomics: warning: case {name}: --seg: the image is not a DICOM series, so no SEG is written");
            return;
        }

        var segments = Enumerable.Range(1, k).ToDictionary(h => h, h => new SegmentDefinition($"habitat {h}")
        {
            AlgorithmType = SegmentAlgorithmType.Automatic,
            AlgorithmName = "Radiomics.NET habitats",
            Description = $"habitat {h} of {k}",
        });
        string path = Path.Combine(_settings.OutputFolder, name + "_habitats.dcm");
        try
        {
            DicomSegWriter.WriteLabelMap(path, DicomInput.LoadSeries(imagePath), map,
                SegmentationMetadata.Default with { SeriesDescription = "Habitats", ContentLabel = "HABITATS", SegmentsByLabel = segments });
        }
        catch (DicomWriteException e)
        {
            throw new InputException($"{path}: {e.Message}");
        }
    }

    /// <summary>A case failure's one line: the message of an input problem, "internal error (…)" for anything else.</summary>
    public static string Describe(Exception e) => e switch
    {
        ExtractionException or ImageFormatException or IOException or UnauthorizedAccessException or ParameterException
            or DicomFormatException or UsageException or InputException or HabitatException or RegionException or DicomWriteException
            => e.Message.ReplaceLineEndings(" "),
        _ => $"internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}",
    };
}
