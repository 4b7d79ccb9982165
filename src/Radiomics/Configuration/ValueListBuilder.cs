namespace Radiomics.Configuration;

/// <summary>Makes <see cref="ValueList{T}"/>s (the builder collection expressions use).</summary>
public static class ValueListBuilder
{
    /// <summary>A list holding a copy of <paramref name="items"/>.</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => items.IsEmpty ? ValueList<T>.Empty : new ValueList<T>(items.ToArray());
}
