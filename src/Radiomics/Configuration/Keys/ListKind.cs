using System.Text.Json;

namespace Radiomics.Configuration.Keys;

/// <summary>
/// A list of <see cref="MinimumCount"/> to <see cref="MaximumCount"/> values of <paramref name="item"/>'s kind (a single
/// value is a list of one), optionally all different (each value makes its own image, named after it).
/// </summary>
internal sealed class ListKind<T>(ValueKind<T> item, string itemsInWords, int minimumCount, int maximumCount = int.MaxValue, bool distinct = false)
    : ValueKind<ValueList<T>>
{
    public int MinimumCount => minimumCount;

    public int MaximumCount => maximumCount;

    public override string Allowed
    {
        get
        {
            string count = (minimumCount, maximumCount) switch
            {
                (0, int.MaxValue) => "a list of",
                (_, int.MaxValue) => minimumCount == 1 ? "a list of" : $"a list of {minimumCount} or more",
                _ when minimumCount == maximumCount => $"a list of {minimumCount}",
                _ => $"a list of {minimumCount} to {maximumCount}",
            };
            return $"{count} {(distinct ? "distinct " : "")}{itemsInWords}" + (minimumCount == 0 ? " (may be empty)" : "");
        }
    }

    internal override bool TryRead(ParameterValue value, out ValueList<T> result)
    {
        result = ValueList<T>.Empty;
        if (ListItems(value) is not { } items || items.Count < minimumCount || items.Count > maximumCount)
        {
            return false;
        }

        var values = new T[items.Count];
        for (int i = 0; i < values.Length; i++)
        {
            if (!item.TryRead(items[i], out values[i]))
            {
                return false;
            }
        }

        if (distinct && values.Distinct().Count() != values.Length)
        {
            return false;
        }

        result = values;
        return true;
    }

    internal override void Write(Utf8JsonWriter json, ValueList<T> value)
    {
        json.WriteStartArray();
        foreach (T element in value)
        {
            item.Write(json, element);
        }

        json.WriteEndArray();
    }

    internal override ValueList<T> Sample(Random random)
    {
        int count = minimumCount + random.Next(Math.Min(maximumCount - minimumCount, 3) + 1);
        var values = new List<T>(count);
        for (int attempt = 0; values.Count < count && attempt < 100; attempt++)
        {
            T value = item.Sample(random);
            if (!distinct || !values.Contains(value))
            {
                values.Add(value);
            }
        }

        return values.ToArray();
    }
}
