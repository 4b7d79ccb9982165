namespace Radiomics.Analysis.Validation.Internal;

/// <summary>
/// A Fenwick (binary indexed) tree of counts over score ranks: add a rank, then ask how many added ranks are below,
/// equal to or above a rank, each in O(log n).
/// </summary>
internal sealed class RankCounter
{
    private readonly long[] _tree;
    private readonly long[] _exact;

    public RankCounter(int ranks)
    {
        _tree = new long[ranks + 1];
        _exact = new long[ranks];
    }

    public long Total { get; private set; }

    public void Add(int rank)
    {
        _exact[rank]++;
        Total++;
        for (int i = rank + 1; i < _tree.Length; i += i & -i)
        {
            _tree[i]++;
        }
    }

    /// <summary>(below, equal, above) counts for <paramref name="rank"/>.</summary>
    public (long Below, long Equal, long Above) Count(int rank)
    {
        long below = 0;
        for (int i = rank; i > 0; i -= i & -i)
        {
            below += _tree[i];
        }

        long equal = _exact[rank];
        return (below, equal, Total - below - equal);
    }
}
