using System.Collections;
using System.Runtime.CompilerServices;

namespace Radiomics.Configuration;

/// <summary>
/// An immutable list with value equality (same items in the same order ⇒ equal, as <see cref="EqualityComparer{T}.Default"/>
/// compares them, so NaN equals NaN), for the list-valued settings: two settings records with equal lists are equal.
/// Written as a collection expression (<c>Sigma = [1.0, 3.0]</c>) or converted from an array.
/// </summary>
[CollectionBuilder(typeof(ValueListBuilder), nameof(ValueListBuilder.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    internal ValueList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "ValueList<T>.Empty mirrors ImmutableArray<T>.Empty: the type argument is always known at the call.")]
    public static ValueList<T> Empty { get; } = new([]);

    /// <summary>The number of items.</summary>
    public int Count => _items.Length;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside 0 … <see cref="Count"/> − 1.</exception>
    public T this[int index] => _items[index];

    /// <summary>A list of a copy of <paramref name="items"/>.</summary>
    public static implicit operator ValueList<T>(T[] items) => ValueListBuilder.Create<T>(items);

    /// <summary>Whether both are null, or both hold equal items in the same order.</summary>
    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => Equals(left, right);

    /// <summary>The negation of <c>==</c>.</summary>
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !Equals(left, right);

    /// <summary>Whether <paramref name="other"/> holds equal items in the same order (<see cref="EqualityComparer{T}.Default"/>).</summary>
    public bool Equals(ValueList<T>? other) => other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    /// <summary>Whether <paramref name="obj"/> is a <see cref="ValueList{T}"/> with equal items in the same order.</summary>
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <summary>A hash of the items, consistent with <see cref="Equals(ValueList{T})"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (T item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items in order.</summary>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>The items separated by ", " in brackets, e.g. <c>[1, 3]</c>.</summary>
    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}
