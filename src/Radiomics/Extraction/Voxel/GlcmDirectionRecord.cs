namespace Radiomics.Extraction.Voxel;

/// <summary>
/// Which GLCM matrices (directions, or the one weighted matrix) were non-empty for each ROI voxel's kernel: one bit per
/// matrix, a few words per voxel. Kernels write only their own slots, so threads never share one.
/// </summary>
internal sealed class GlcmDirectionRecord
{
    private readonly ulong[] _bits;

    public GlcmDirectionRecord(int roiCount, int matrixCount, int greyLevelCount)
    {
        MatrixCount = matrixCount;
        Words = (matrixCount + 63) / 64;
        GreyLevelCount = greyLevelCount;
        _bits = new ulong[(long)roiCount * Words];
    }

    public int MatrixCount { get; }

    public int Words { get; }

    /// <summary>Distinct grey levels of the whole ROI's discretisation.</summary>
    public int GreyLevelCount { get; }

    public Span<ulong> Of(int ordinal) => _bits.AsSpan(ordinal * Words, Words);
}
