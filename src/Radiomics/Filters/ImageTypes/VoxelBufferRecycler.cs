namespace Radiomics.Filters.ImageTypes;

/// <summary>
/// Double buffers of exact lengths handed back during one enumeration of derived images, for the next derived image
/// or window of the same size. A fresh multi-megabyte array costs a page fault per 4 KiB on first touch (several
/// microseconds each on a virtual machine); the derived images of a case all have the region's size, so after the
/// first few every derived image reuses a buffer. Only a consumer that keeps nothing of a derived image once it asks
/// for the next one may recycle (see <c>RadiomicsExtractor.DerivedImages</c>). Not shared between extractions, but
/// backed by the extractor's pool when given: a miss rents from it, and what this recycler no longer keeps goes back
/// to it, so the next case's derived images reuse the same memory too.
/// </summary>
internal sealed class VoxelBufferRecycler(Preprocessing.ExactLengthArrayPool? backing = null)
{
    /// <summary>The pool behind this recycler (for other buffers that live as long as one image type's window), if any.</summary>
    public Preprocessing.ExactLengthArrayPool? Backing => backing;

    /// <summary>Buffers kept at most (a derived image, a window, and one spare).</summary>
    private const int Capacity = 3;

    private readonly List<double[]> _free = [];
    private readonly Lock _lock = new();

    /// <summary>A buffer of exactly <paramref name="length"/> values, contents undefined: a handed-back one when there is one.</summary>
    public double[] Take(int length)
    {
        lock (_lock)
        {
            for (int i = _free.Count - 1; i >= 0; i--)
            {
                if (_free[i].Length == length)
                {
                    double[] buffer = _free[i];
                    _free.RemoveAt(i);
                    return buffer;
                }
            }
        }

        return backing?.Rent<double>(length) ?? GC.AllocateUninitializedArray<double>(length);
    }

    /// <summary>Hands <paramref name="buffer"/> back; nothing may use it afterwards. The oldest buffer is dropped when full.</summary>
    public void Give(double[] buffer)
    {
        double[]? dropped = null;
        lock (_lock)
        {
            if (_free.Count == Capacity)
            {
                dropped = _free[0];
                _free.RemoveAt(0);
            }

            _free.Add(buffer);
        }

        if (dropped is not null)
        {
            backing?.Return(dropped);
        }
    }

    /// <summary>Hands every kept buffer to the backing pool (the enumeration is over; nothing uses them).</summary>
    public void Release()
    {
        lock (_lock)
        {
            foreach (double[] buffer in _free)
            {
                backing?.Return(buffer);
            }

            _free.Clear();
        }
    }
}
