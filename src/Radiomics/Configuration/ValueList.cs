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
    public static ValueList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public static implicit operator ValueList<T>(T[] items) => ValueListBuilder.Create<T>(items);

    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => Equals(left, right);

    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !Equals(left, right);

    public bool Equals(ValueList<T>? other) => other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (T item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>The items separated by ", " in brackets, e.g. <c>[1, 3]</c>.</summary>
    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}
