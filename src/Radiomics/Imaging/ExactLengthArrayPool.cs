namespace Radiomics.Imaging;

/// <summary>
/// Arrays of an exact length, kept for reuse: what a volume needs (<see cref="Imaging.Volume{T}"/> wants a buffer of
/// exactly its voxel count, which <see cref="System.Buffers.ArrayPool{T}"/> does not promise). An extraction hands its
/// per-image-type buffers back here, and the next image type, or the next case of the same size, takes them again:
/// memory already touched instead of fresh pages, which on a virtual machine cost more than the work done in them.
/// Thread-safe; bounded in count and bytes (the oldest arrays are dropped first). Contents of a taken array are undefined.
/// </summary>
internal sealed class ExactLengthArrayPool
{
    /// <summary>Arrays kept at most by default: a few per image type, for a few concurrent extractions.</summary>
    private const int DefaultCapacity = 16;

    /// <summary>Bytes kept at most by default, so that a large case does not pin its buffers for good.</summary>
    private const long DefaultMaximumBytes = 512L << 20;

    private readonly int _capacity;
    private readonly long _maximumBytes;
    private readonly List<Array> _free = [];
    private readonly Lock _lock = new();
    private long _bytes;

    /// <param name="capacity">Arrays kept at most.</param>
    /// <param name="maximumBytes">Bytes kept at most (an array larger than this is never kept).</param>
    public ExactLengthArrayPool(int capacity = DefaultCapacity, long maximumBytes = DefaultMaximumBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumBytes, 1);
        _capacity = capacity;
        _maximumBytes = maximumBytes;
    }

    /// <summary>An array of exactly <paramref name="length"/> elements: a kept one when there is one, else a new one (not zeroed).</summary>
    public T[] Rent<T>(int length) where T : unmanaged =>
        TryTake<T>(length, dropOldestOnMiss: false) ?? GC.AllocateUninitializedArray<T>(length);

    /// <summary>
    /// <see cref="Rent{T}"/> for a caller that swaps one array for another of the same kind (a batch's next case):
    /// when no kept array fits, the oldest kept one is dropped before a new one is allocated, so that the kept arrays
    /// and those in use together stay within the capacity however the sizes change.
    /// </summary>
    public T[] RentReplacing<T>(int length) where T : unmanaged =>
        TryTake<T>(length, dropOldestOnMiss: true) ?? GC.AllocateUninitializedArray<T>(length);

    private T[]? TryTake<T>(int length, bool dropOldestOnMiss) where T : unmanaged
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

            if (dropOldestOnMiss && _free.Count > 0)
            {
                _bytes -= SizeOf(_free[0]);
                _free.RemoveAt(0);
            }
        }

        return null;
    }

    /// <summary>Keeps <paramref name="array"/> (of a primitive element type) for a later <see cref="Rent{T}"/>; nothing may use it afterwards.</summary>
    public void Return(Array array)
    {
        long size = SizeOf(array);
        if (size > _maximumBytes)
        {
            return;
        }

        lock (_lock)
        {
            while (_free.Count > 0 && (_free.Count >= _capacity || _bytes + size > _maximumBytes))
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
