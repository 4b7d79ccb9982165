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

    private bool[]? _failedBatches;
    private int _batchSize;

    /// <summary>
    /// Marks the batches whose MCC PyRadiomics cannot compute (see <see cref="GlcmBatchQuirks"/>), from the directions
    /// recorded so far, so that the kernels skip MCC there.
    /// </summary>
    public void MarkFailedBatches(int voxelBatch)
    {
        int count = _bits.Length / Words;
        _batchSize = voxelBatch < 1 ? Math.Max(count, 1) : voxelBatch;
        _failedBatches = new bool[(count + _batchSize - 1) / _batchSize];
        for (int b = 0; b < _failedBatches.Length; b++)
        {
            int start = b * _batchSize;
            _failedBatches[b] = GlcmBatchQuirks.BatchFails(this, start, Math.Min(count, start + _batchSize));
        }
    }

    /// <summary>False when the voxel's batch is known to leave MCC at initValue.</summary>
    public bool MccNeeded(int ordinal) => _failedBatches is null || !_failedBatches[ordinal / _batchSize];
}
