namespace Radiomics.Imaging;

/// <summary>
/// The arrays one step of an extraction takes from an <see cref="ExactLengthArrayPool"/>, handed back together when the
/// step ends (<see cref="Dispose"/>): the orchestration holds one lease instead of a variable per rented array. An array
/// that a result keeps as its own voxels is <see cref="Release"/>d from the lease and goes back with that result instead.
/// Without a pool the lease rents nothing and callers allocate. Not thread-safe: one lease per step.
/// </summary>
internal sealed class BufferLease : IDisposable
{
    private List<Array>? _taken;

    /// <summary>A lease on <paramref name="pool"/>; null for a step that must not reuse buffers.</summary>
    public BufferLease(ExactLengthArrayPool? pool) => Pool = pool;

    /// <summary>The pool the arrays come from, null when the step allocates.</summary>
    public ExactLengthArrayPool? Pool { get; }

    /// <summary>An array of exactly <paramref name="length"/> elements (contents undefined), or null without a pool.</summary>
    public T[]? Rent<T>(int length) where T : unmanaged
    {
        if (Pool is null)
        {
            return null;
        }

        T[] array = Pool.Rent<T>(length);
        (_taken ??= []).Add(array);
        return array;
    }

    /// <summary>Makes <paramref name="array"/>, taken from the same pool by an earlier step, part of this lease.</summary>
    public void Adopt(Array? array)
    {
        if (array is not null && Pool is not null)
        {
            (_taken ??= []).Add(array);
        }
    }

    /// <summary>Drops <paramref name="array"/> from the lease (a result now owns it); no effect on other arrays.</summary>
    public void Release(Array? array)
    {
        if (array is not null && _taken is not null)
        {
            int index = _taken.FindIndex(taken => ReferenceEquals(taken, array));
            if (index >= 0)
            {
                _taken.RemoveAt(index);
            }
        }
    }

    /// <summary>Hands every array still leased back to the pool.</summary>
    public void Dispose()
    {
        if (_taken is null)
        {
            return;
        }

        foreach (Array array in _taken)
        {
            Pool!.Return(array);
        }

        _taken.Clear();
    }
}
