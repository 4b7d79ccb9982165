using Radiomics.Imaging;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Filters.Wavelets;

/// <summary>
/// The working buffers of one <see cref="WaveletImages"/> run, all holding the padded volume in the working
/// precision: the current level's input, the next level's approximation (the all-low band), and one
/// intermediate per transformed axis but the last. Pooled (<see cref="ScratchArray{T}"/>); sub-bands handed out
/// never alias them.
/// </summary>
internal sealed class WaveletWorkspace<T> : IDisposable
    where T : unmanaged
{
    private readonly ScratchArray<T>[] _intermediates;
    private ScratchArray<T> _current;
    private ScratchArray<T> _next;

    public WaveletWorkspace(Size3 size, int axes)
    {
        Size = size;
        int length = checked((int)size.VoxelCount);
        _current = new ScratchArray<T>(length);
        _next = new ScratchArray<T>(length);
        _intermediates = new ScratchArray<T>[axes - 1];
        for (int i = 0; i < _intermediates.Length; i++)
        {
            _intermediates[i] = new ScratchArray<T>(length);
        }
    }

    /// <summary>The padded volume's size (every buffer holds it in its first elements).</summary>
    public Size3 Size { get; }

    /// <summary>The input of the current level.</summary>
    public T[] Current => _current.Array;

    /// <summary>Where the current level's all-low band goes.</summary>
    public T[] Next => _next.Array;

    /// <summary>The result of filtering along the transformed axis at <paramref name="depth"/> (not the last).</summary>
    public T[] Intermediate(int depth) => _intermediates[depth].Array;

    /// <summary>Makes the all-low band the next level's input.</summary>
    public void Advance() => (_current, _next) = (_next, _current);

    public void Dispose()
    {
        _current.Dispose();
        _next.Dispose();
        foreach (ScratchArray<T> intermediate in _intermediates)
        {
            intermediate.Dispose();
        }
    }
}
