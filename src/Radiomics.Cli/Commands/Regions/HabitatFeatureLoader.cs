using System.Globalization;
using Radiomics.Analysis.Habitats;
using Radiomics.Cli.Batch;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Extraction.Voxel;
using Radiomics.Imaging;
using Radiomics.Preprocessing;

namespace Radiomics.Cli.Commands.Regions;

/// <summary>
/// Loads a case of <c>radiomics habitats</c> and takes its voxels' features: the voxel maps the parameter file asks for
/// (its <c>featureClass</c>, <c>imageType</c> and <c>voxelSetting</c>, through <see cref="VoxelExtractor"/>), or with
/// image columns the plain intensities of those co-registered images (each on the case image's grid). One ROI per case:
/// the Label cell's label (one), else the parameter file's.
/// </summary>
internal sealed class HabitatFeatureLoader
{
    private readonly ExtractionParameters _parameters;
    private readonly IReadOnlyList<string>? _imageColumns;
    private readonly CaseList _cases;

    public HabitatFeatureLoader(ExtractionParameters parameters, IReadOnlyList<string>? imageColumns, CaseList cases)
    {
        _parameters = parameters;
        _imageColumns = imageColumns;
        _cases = cases;
    }

    /// <summary>Reads the case's image and mask, and the parameters with its label.</summary>
    public (LoadedCase Loaded, ExtractionParameters Parameters) Load(BatchCase batchCase)
    {
        if (batchCase.Problem is { } problem)
        {
            throw new InputException(problem);
        }

        if (batchCase.AllLabels || batchCase.Labels is { Count: > 1 })
        {
            throw new InputException("habitats split one ROI per case; the Label cell names several labels");
        }

        int? label = batchCase.Labels is [int only] ? only : null;
        LoadedCase loaded = InputLoader.LoadCase(batchCase.ImagePath, batchCase.MaskPath, batchCase.Roi, label);
        int? selected = loaded.SelectedLabel ?? label;
        ExtractionParameters parameters = selected is { } value
            ? _parameters with { Settings = _parameters.Settings with { Mask = _parameters.Settings.Mask with { Label = value } } }
            : _parameters;
        if (batchCase.LabelChannel is { } channel)
        {
            parameters = parameters with { Settings = parameters.Settings with { Mask = parameters.Settings.Mask with { LabelChannel = channel } } };
        }

        return (loaded, parameters);
    }

    /// <summary>The case's voxel features.</summary>
    public HabitatCaseFeatures Features(BatchCase batchCase, LoadedCase loaded, ExtractionParameters parameters, int maxThreads)
    {
        return _imageColumns is null ? FromVoxelMaps(loaded, parameters, maxThreads) : FromImages(batchCase, loaded, parameters);
    }

    private static HabitatCaseFeatures FromVoxelMaps(LoadedCase loaded, ExtractionParameters parameters, int maxThreads)
    {
        var maps = new List<VoxelMap>();
        Volume<byte> roi = new VoxelExtractor(parameters).ExtractWithRoi(loaded.Image, loaded.Mask, maps.Add, null, null, maxThreads);
        if (maps.Count == 0)
        {
            throw new UsageException($"{parameters.Source}: the parameters enable no voxel map (no firstorder or texture class); habitats need features");
        }

        var features = VoxelFeatureMatrix.FromMaps([.. maps.Select(m => m.Map)], roi, [.. maps.Select(m => m.Name)]);
        return new HabitatCaseFeatures(features, roi, loaded.Image.Geometry, NonFinite(features), loaded.Notes);
    }

    private HabitatCaseFeatures FromImages(BatchCase batchCase, LoadedCase loaded, ExtractionParameters parameters)
    {
        Volume<byte> roi = MaskSelection.SelectRoi(loaded.Image, loaded.Mask, parameters.Settings.Mask, batchCase.MaskPath);
        var images = new List<ImageData>();
        foreach (string column in _imageColumns!)
        {
            string cell = batchCase.Cells[_cases.Columns.ToList().IndexOf(column)].Trim();
            if (cell.Length == 0)
            {
                throw new InputException($"the {column} cell is empty");
            }

            string path = CaseList.ResolvePath(cell, _cases.Path);
            ImageData image = path == batchCase.ImagePath ? loaded.Image : InputLoader.LoadImage(path);
            double tolerance = parameters.Settings.Mask.GeometryTolerance ?? MaskSelection.DefaultGeometryTolerance;
            if (!MaskSelection.GeometriesMatch(loaded.Image.Geometry, image.Geometry, tolerance))
            {
                throw new InputException($"{path} ({column}): not on the grid of the case's image {batchCase.ImagePath} ({image.Geometry} against {loaded.Image.Geometry}); register and resample it first");
            }

            images.Add(image);
        }

        ReadOnlySpan<byte> inside = roi.Voxels;
        int rows = inside.Length - inside.Count((byte)0);
        var values = new double[rows * images.Count];
        int row = 0;
        for (int v = 0; v < inside.Length; v++)
        {
            if (inside[v] == 0)
            {
                continue;
            }

            for (int j = 0; j < images.Count; j++)
            {
                values[row * images.Count + j] = images[j].GetDouble(v);
            }

            row++;
        }

        var features = new VoxelFeatureMatrix(rows, images.Count, values, _imageColumns);
        return new HabitatCaseFeatures(features, roi, loaded.Image.Geometry, NonFinite(features), loaded.Notes);
    }

    private static int[] NonFinite(VoxelFeatureMatrix features)
    {
        var counts = new int[features.Columns];
        ReadOnlySpan<double> values = features.Values;
        for (int i = 0; i < values.Length; i++)
        {
            counts[i % features.Columns] += double.IsFinite(values[i]) ? 0 : 1;
        }

        return counts;
    }

    /// <summary>The case's name in file names and messages: its ID cell, else <c>case</c> and its 1-based row, made safe for a file name.</summary>
    public static string NameOf(BatchCase batchCase)
    {
        string name = batchCase.Id is { Length: > 0 } id ? id : "case" + (batchCase.Row + 1).ToString(CultureInfo.InvariantCulture);
        return string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '_'));
    }
}
