namespace Radiomics.Preprocessing;

/// <summary>
/// Arrays of an exact length, kept for reuse: what a volume needs (<see cref="Imaging.Volume{T}"/> wants a buffer of
/// exactly its voxel count, which <see cref="System.Buffers.ArrayPool{T}"/> does not promise). An extraction hands its
/// per-image-type buffers back here, and the next image type, or the next case of the same size, takes them again:
/// memory already touched instead of fresh pages, which on a virtual machine cost more than the work done in them.
/// Thread-safe; bounded in count and bytes (the oldest arrays are dropped first). Contents of a taken array are undefined.
/// </summary>
internal sealed class ExactLengthArrayPool
{
    /// <summary>Arrays kept at most: a few per image type, for a few concurrent extractions.</summary>
    private const int Capacity = 16;

    /// <summary>Bytes kept at most, so that a large case does not pin its buffers for good.</summary>
    private const long MaximumBytes = 512L << 20;

    private readonly List<Array> _free = [];
    private readonly Lock _lock = new();
    private long _bytes;

    /// <summary>An array of exactly <paramref name="length"/> elements: a kept one when there is one, else a new one (not zeroed).</summary>
    public T[] Rent<T>(int length) where T : unmanaged
    {
        lock (_lock)
        {
            for (int i = _free.Count - 1; i >= 0; i--)
            {
                if (_free[i] is T[] array && array.Length == length)
                {
                    _free.RemoveAt(i);
                    _bytes -= SizeOf(array);
                    return array;
                }
            }
        }

        return GC.AllocateUninitializedArray<T>(length);
    }

    /// <summary>Keeps <paramref name="array"/> (of a primitive element type) for a later <see cref="Rent{T}"/>; nothing may use it afterwards.</summary>
    public void Return(Array array)
    {
        long size = SizeOf(array);
        if (size > MaximumBytes)
        {
            return;
        }

        lock (_lock)
        {
            while (_free.Count > 0 && (_free.Count >= Capacity || _bytes + size > MaximumBytes))
            {
                _bytes -= SizeOf(_free[0]);
                _free.RemoveAt(0);
            }

            _free.Add(array);
            _bytes += size;
        }
    }

    /// <summary>The number of arrays kept (for tests).</summary>
    internal int Count
    {
        get
        {
            lock (_lock)
            {
                return _free.Count;
            }
        }
    }

    private static long SizeOf(Array array) => Buffer.ByteLength(array);
}
