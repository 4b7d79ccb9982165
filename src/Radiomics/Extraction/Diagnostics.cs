using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing;

namespace Radiomics.Extraction;

/// <summary>
/// The <c>diagnostics_*</c> entries: versions, configuration, and image/mask provenance and statistics, named as
/// PyRadiomics names them (plus SHA-256 file hashes for provenance).
/// </summary>
internal static class Diagnostics
{
    public static string Version { get; } =
        typeof(Diagnostics).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(Diagnostics).Assembly.GetName().Version?.ToString() ?? "unknown";

    public static void AddVersions(FeatureResult result)
    {
        result.Add("diagnostics_Versions_RadiomicsNET", Version);
        result.Add("diagnostics_Versions_DotNet", Environment.Version.ToString());
    }

    /// <summary>
    /// The configuration entries (<see cref="RecordedConfiguration.Entries"/>: settings, image types, feature classes,
    /// voxel settings and regions as JSON, enough to re-run the extraction), then the parameter file's name and hash.
    /// </summary>
    public static void AddConfiguration(FeatureResult result, ExtractionParameters parameters)
    {
        foreach (var (key, json) in RecordedConfiguration.Entries(parameters, PipelineParameters.Vocabulary))
        {
            result.Add(key, json);
        }

        result.Add("diagnostics_Configuration_ParameterSource", parameters.Source);
        if (parameters.SourceText is { } text)
        {
            result.Add("diagnostics_Configuration_ParameterSha256", Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))));
        }
    }

    /// <summary>
    /// Adds the <c>diagnostics_Image-STAGE_*</c> entries of <paramref name="image"/> (voxel hash, file hash,
    /// dimensionality, geometry, mean, minimum, maximum) to <paramref name="result"/>.
    /// </summary>
    /// <param name="result">The result the entries are appended to.</param>
    /// <param name="stage"><c>original</c> or <c>interpolated</c>: the name's STAGE.</param>
    /// <param name="image">The image described.</param>
    /// <param name="source">Where the image was read from (its file hash), or null.</param>
    /// <param name="digests">The label-independent values already computed for this image, when several labels share it.</param>
    public static void AddImage(FeatureResult result, string stage, ImageData image, InputDescription? source, InputDigests? digests = null)
    {
        string prefix = $"diagnostics_Image-{stage}_";
        result.Add(prefix + "Hash", digests?.HashOf(image) ?? ImageHashes.Sha1OfVoxels(image));
        if (source?.FileSha256 is { } fileHash)
        {
            result.Add(prefix + "FileSha256", fileHash);
        }

        result.Add(prefix + "Dimensionality", image.Geometry.Size.Z > 1 ? "3D" : "2D");
        AddImageStatistics(result, prefix, image.Geometry, digests?.StatisticsOf(image) ?? image.Statistics());
    }

    /// <summary>The statistics of a pre-processed (e.g. interpolated) image.</summary>
    public static void AddImage(FeatureResult result, string stage, Volume<double> image) =>
        AddImageStatistics(result, $"diagnostics_Image-{stage}_", image.Geometry, VoxelStatistics.Of<double>(image.Voxels, 0, 1, image.Length));

    private static void AddImageStatistics(FeatureResult result, string prefix, ImageGeometry geometry, (double Mean, double Minimum, double Maximum) statistics)
    {
        result.Add(prefix + "Spacing", Tuple(geometry.Spacing));
        result.Add(prefix + "Size", Tuple(geometry.Size));
        result.Add(prefix + "Mean", statistics.Mean);
        result.Add(prefix + "Minimum", statistics.Minimum);
        result.Add(prefix + "Maximum", statistics.Maximum);
    }

    /// <remarks><paramref name="indexOffset"/> maps indices of a cropped <paramref name="roi"/> back to the full image's.</remarks>
    public static void AddMask(FeatureResult result, string stage, ImageData? mask, InputDescription? source, Volume<byte> roi, BoundingBox box, Index3 indexOffset = default) =>
        AddMask(result, stage, mask, source, RoiMask.Whole(roi), box, indexOffset, null);

    /// <summary>
    /// <see cref="AddMask(FeatureResult, string, ImageData?, InputDescription?, Volume{byte}, BoundingBox, Index3)"/> for a
    /// ROI held on a box of its grid (<paramref name="box"/> in the grid's indices, inside the ROI's extent).
    /// </summary>
    public static void AddMask(FeatureResult result, string stage, ImageData? mask, InputDescription? source, RoiMask roi, BoundingBox box, Index3 indexOffset = default, InputDigests? digests = null)
    {
        string prefix = $"diagnostics_Mask-{stage}_";
        if (mask is not null)
        {
            result.Add(prefix + "Hash", digests?.HashOf(mask) ?? ImageHashes.Sha1OfVoxels(mask));
            if (source?.FileSha256 is { } fileHash)
            {
                result.Add(prefix + "FileSha256", fileHash);
            }
        }

        result.Add(prefix + "Spacing", Tuple(roi.Grid.Spacing));
        result.Add(prefix + "Size", Tuple(mask?.Geometry.Size ?? roi.Grid.Size));
        result.Add(prefix + "BoundingBox", new BoundingBox(box.Lower + indexOffset, box.Upper + indexOffset).ToString());
        // Sums of voxel indices are whole numbers far below 2^53, so summing them as integers run by run gives the
        // same doubles as adding each voxel's index in turn.
        long count = 0, sumX = 0, sumY = 0, sumZ = 0;
        Size3 size = roi.Extent.Size;
        Index3 at = roi.Extent.Lower;
        ReadOnlySpan<byte> voxels = roi.Voxels.Voxels;
        int width = box.Upper.X - box.Lower.X + 1;
        for (int z = box.Lower.Z; z <= box.Upper.Z; z++)
        {
            for (int y = box.Lower.Y; y <= box.Upper.Y; y++)
            {
                ReadOnlySpan<byte> row = voxels.Slice(size.Offset(box.Lower.X - at.X, y - at.Y, z - at.Z), width);
                long rowCount = 0;
                for (int start = 0; RoiRuns.Next(row, ref start, out int length); start += length)
                {
                    rowCount += length;
                    sumX += (long)length * ((2 * (box.Lower.X + start)) + length - 1) / 2; // the sum of the run's x indices
                }

                count += rowCount;
                sumY += rowCount * y;
                sumZ += rowCount * z;
            }
        }

        double cx = sumX, cy = sumY, cz = sumZ;
        var centre = new Vector3D(cx / count, cy / count, cz / count);
        result.Add(prefix + "VoxelNum", count);
        result.Add(prefix + "VolumeNum", ConnectedComponents.Count(roi.Crop(box)));
        result.Add(prefix + "CenterOfMassIndex", Tuple(centre + new Vector3D(indexOffset.X, indexOffset.Y, indexOffset.Z)));
        result.Add(prefix + "CenterOfMass", Tuple(roi.Grid.IndexToPhysical(centre.X, centre.Y, centre.Z)));
    }

    private static string Tuple(Vector3D v) => string.Create(CultureInfo.InvariantCulture, $"({v.X:R}, {v.Y:R}, {v.Z:R})");

    private static string Tuple(Size3 s) => $"({s.X}, {s.Y}, {s.Z})";
}
