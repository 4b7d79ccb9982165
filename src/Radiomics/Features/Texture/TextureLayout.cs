using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Features.Texture;

/// <summary>
/// Which raw matrices a builder accumulates: one per (slice group, direction). <see cref="SliceAxis"/> null means
/// the whole volume is one group; otherwise each slice perpendicular to that axis (0 = x, 1 = y, 2 = z) is its own
/// group (IBSI 2D). Directions are mono-directional offsets; families that look at every neighbour use them both ways.
/// </summary>
internal sealed record TextureLayout(Index3[] Directions, int? SliceAxis, int SliceCount)
{
    /// <summary>PyRadiomics' layout: the whole volume, 13 directions (or 4 in-plane with force2D) for the given distances.</summary>
    /// <remarks>
    /// The matrices these give (GLCM: N_g × (N_g + 1) per direction; GLRLM: N_g × the longest run) must fit the
    /// settings' limits: a bin width so fine that the ROI holds tens of thousands of grey levels is refused here,
    /// naming the settings, before any matrix is allocated.
    /// </remarks>
    public static TextureLayout PyRadiomics(TextureGrid grid, RadiomicsSettings settings, IReadOnlyList<int> distances)
    {
        int? outOfPlane = settings.Features.Force2D ? SliceAxisOf(settings) : null;
        var layout = new TextureLayout(TextureDirections.Generate(grid.Box, distances, bidirectional: false, outOfPlane), null, 1);
        double ng = grid.GreyLevelCount;
        double entries = layout.MatrixCount * ng * Math.Max(ng + 1, Math.Max(grid.Box.X, Math.Max(grid.Box.Y, grid.Box.Z)));
        if (!settings.Limits.Allows(entries) || entries > Array.MaxLength)
        {
            throw new ParameterException(FormattableString.Invariant(
                $"the ROI holds {grid.GreyLevelCount} grey levels after discretisation: its {layout.MatrixCount} texture matrices would hold {entries:G3} entries, more than {settings.Limits.Describe()}; use a larger binWidth or a smaller binCount"));
        }

        return layout;
    }

    /// <summary>The layout an IBSI aggregation needs (distance 1); slices are perpendicular to <paramref name="sliceAxis"/>.</summary>
    public static TextureLayout ForAggregation(TextureGrid grid, TextureAggregation aggregation, int sliceAxis) => aggregation switch
    {
        TextureAggregation.Average3D or TextureAggregation.Merged3D =>
            new TextureLayout(TextureDirections.Generate(grid.Box, [1], false, null), null, 1),
        TextureAggregation.Average2D or TextureAggregation.SliceMerged2D =>
            new TextureLayout(TextureDirections.Generate(grid.Box, [1], false, sliceAxis), sliceAxis, grid.Box[sliceAxis]),
        _ => new TextureLayout(TextureDirections.Generate(grid.Box, [1], false, sliceAxis), null, 1),
    };

    /// <summary>The slice axis (0 = x, 1 = y, 2 = z) PyRadiomics' force2Ddimension names (0 = z, 1 = y, 2 = x).</summary>
    public static int SliceAxisOf(RadiomicsSettings settings) => settings.Features.Force2DDimension switch
    {
        0 => 2,
        1 => 1,
        2 => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(settings), $"force2Ddimension must be 0, 1 or 2, not {settings.Features.Force2DDimension}."),
    };

    public int DirectionCount => Directions.Length;

    public int MatrixCount => SliceCount * Directions.Length;

    /// <summary>The slice group of a grid position (0 when the volume is one group).</summary>
    public int GroupOf(TextureGrid grid, int position) => SliceAxis is int axis ? grid.Coordinate(position, axis) : 0;

    /// <summary>
    /// Which raw matrices (index <c>slice · directions + direction</c>) are summed into each matrix that features are
    /// computed on: every matrix alone for the averaged aggregations, and all directions of a slice group together for
    /// the merged ones.
    /// </summary>
    public int[][] MergeGroups(TextureAggregation aggregation)
    {
        bool mergeDirections = aggregation is TextureAggregation.Merged3D or TextureAggregation.SliceMerged2D or TextureAggregation.Merged25D;
        var groups = new List<int[]>();
        for (int s = 0; s < SliceCount; s++)
        {
            if (mergeDirections)
            {
                groups.Add(Enumerable.Range(s * DirectionCount, DirectionCount).ToArray());
            }
            else
            {
                for (int d = 0; d < DirectionCount; d++)
                {
                    groups.Add([s * DirectionCount + d]);
                }
            }
        }

        return groups.ToArray();
    }
}
