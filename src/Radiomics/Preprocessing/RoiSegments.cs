namespace Radiomics.Preprocessing;

/// <summary>
/// The ROI's intensities as contiguous pieces of the image, one per mask run (see <see cref="RoiRuns"/>), in voxel
/// order: the sequence <c>FeatureInput.RoiValues</c> holds, read in place instead of copied. <c>foreach</c> yields
/// the pieces.
/// </summary>
internal readonly ref struct RoiSegments
{
    private readonly ReadOnlySpan<double> _voxels;
    private readonly ReadOnlySpan<int> _runs;
    private readonly bool _whole;

    /// <summary>The voxels of <paramref name="image"/> in the (start, length) <paramref name="runs"/>, <paramref name="count"/> in all.</summary>
    public RoiSegments(ReadOnlySpan<double> image, ReadOnlySpan<int> runs, int count)
    {
        _voxels = image;
        _runs = runs;
        Count = count;
    }

    /// <summary>All of <paramref name="values"/> as one piece.</summary>
    public RoiSegments(ReadOnlySpan<double> values)
    {
        _voxels = values;
        _whole = true;
        Count = values.Length;
    }

    /// <summary>The number of ROI voxels.</summary>
    public int Count { get; }

    public Enumerator GetEnumerator() => new(this);

    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<double> _voxels;
        private readonly ReadOnlySpan<int> _runs;
        private readonly bool _whole;
        private int _next;

        internal Enumerator(RoiSegments segments)
        {
            _voxels = segments._voxels;
            _runs = segments._runs;
            _whole = segments._whole;
        }

        public ReadOnlySpan<double> Current { get; private set; }

        public bool MoveNext()
        {
            if (_whole)
            {
                Current = _voxels;
                _next++;
                return _next == 1;
            }

            if (_next >= _runs.Length)
            {
                return false;
            }

            Current = _voxels.Slice(_runs[_next], _runs[_next + 1]);
            _next += 2;
            return true;
        }
    }
}
