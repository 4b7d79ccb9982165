using Radiomics.Analysis.Habitats;
using Radiomics.Imaging;

namespace Radiomics.Cli.Commands.Regions;

/// <summary>
/// One case's voxels ready for clustering: the feature matrix (one row per ROI voxel, scan order), the ROI on the grid
/// the features were taken on (the image's, or the voxel maps' box of it), the image's grid (where the habitat map is
/// written), the number of non-finite values per feature, and notes worth printing.
/// </summary>
internal sealed record HabitatCaseFeatures(
    VoxelFeatureMatrix Features,
    Volume<byte> Roi,
    ImageGeometry ImageGrid,
    IReadOnlyList<int> NonFinite,
    IReadOnlyList<string> Notes)
{
    /// <summary>The features with only the columns <paramref name="keep"/> (ascending indices).</summary>
    public VoxelFeatureMatrix Columns(IReadOnlyList<int> keep)
    {
        if (keep.Count == Features.Columns)
        {
            return Features;
        }

        var values = new double[Features.Rows * keep.Count];
        for (int row = 0; row < Features.Rows; row++)
        {
            ReadOnlySpan<double> source = Features.Row(row);
            for (int j = 0; j < keep.Count; j++)
            {
                values[row * keep.Count + j] = source[keep[j]];
            }
        }

        return new VoxelFeatureMatrix(Features.Rows, keep.Count, values, [.. keep.Select(j => Features.FeatureNames[j])]);
    }
}
