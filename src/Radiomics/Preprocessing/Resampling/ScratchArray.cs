using System.Buffers;

namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// A transient work array for the filters and resampling (contents undefined on receipt; every element used is
/// written first). Arrays up to <see cref="PoolLimitBytes"/> come from <see cref="ArrayPool{T}.Shared"/>: a fresh
/// multi-megabyte array costs a page fault per 4 KiB on first touch, which for a 1 mm CT crop is a quarter of a
/// filter's time. Larger ones (whole-image work on big scans) are plain allocations, so the pool never keeps a
/// large image's worth of memory alive after the filter returns.
/// </summary>
internal readonly struct ScratchArray<T> : IDisposable
    where T : unmanaged
{
    /// <summary>The largest array taken from the shared pool (16 MiB).</summary>
    public const long PoolLimitBytes = 16L << 20;

    private readonly bool _pooled;

    public ScratchArray(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _pooled = (long)length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>() <= PoolLimitBytes;
        Array = _pooled ? ArrayPool<T>.Shared.Rent(length) : GC.AllocateUninitializedArray<T>(length);
        Length = length;
    }

    /// <summary>The array; it may be longer than <see cref="Length"/>.</summary>
    public T[] Array { get; }

    public int Length { get; }

    public Span<T> Span => Array.AsSpan(0, Length);

    public void Dispose()
    {
        if (_pooled)
        {
            ArrayPool<T>.Shared.Return(Array);
        }
    }
}
