namespace Radiomics.Preprocessing;

/// <summary>
/// The ROI's intensities as contiguous pieces of the image, one per mask run (see <see cref="Imaging.RoiRuns"/>), in voxel
/// order: the sequence <c>FeatureInput.RoiValues</c> holds, read in place instead of copied. Piece <c>r</c> is
/// <c>Voxels.Slice(Runs[2r], Runs[2r + 1])</c>; loops index the runs directly (plain loops the JIT optimises fully
/// from the first call).
/// </summary>
internal readonly ref struct RoiSegments
{
    /// <summary>The voxels of <paramref name="image"/> in the (start, length) <paramref name="runs"/>, <paramref name="count"/> in all.</summary>
    public RoiSegments(ReadOnlySpan<double> image, ReadOnlySpan<int> runs, int count)
    {
        Voxels = image;
        Runs = runs;
        Count = count;
    }

    /// <summary>All of <paramref name="values"/> as one piece.</summary>
    public RoiSegments(ReadOnlySpan<double> values)
        : this(values, new[] { 0, values.Length }, values.Length)
    {
    }

    /// <summary>The image the pieces lie in.</summary>
    public ReadOnlySpan<double> Voxels { get; }

    /// <summary>(start, length) of each piece, in voxel order.</summary>
    public ReadOnlySpan<int> Runs { get; }

    /// <summary>The number of ROI voxels.</summary>
    public int Count { get; }
}
