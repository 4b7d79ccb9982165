using Radiomics.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Radiomics.Configuration;

/// <summary>
/// Builds a <see cref="ParameterValue"/> from the first YAML document of a parameter file, from the parser's events
/// (no recursion, so no stack overflow however deep the input): nesting deeper than
/// <see cref="ParameterFile.MaxNesting"/> is refused as soon as it is met, and every value counts towards
/// <see cref="ParameterFile.MaxExpandedSize"/> (one per node plus its text's length), aliases counting their anchor's
/// whole size each time they are used, so a few hundred bytes of nested aliases ("billion laughs") are refused instead
/// of expanded. An alias shares its anchor's (immutable) value rather than copying it. Keys must be scalars, unique
/// within their mapping.
/// </summary>
internal static class YamlParameterReader
{
    public static ParameterValue Read(string text, string source)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, (ParameterValue Value, long Size)>(StringComparer.Ordinal);
        var open = new Stack<Collection>();
        ParameterValue? root = null;
        long total = 0;
        try
        {
            while (root is null && parser.MoveNext())
            {
                ParsingEvent current = parser.Current!;
                switch (current)
                {
                    case Scalar scalar when open.TryPeek(out Collection? parent) && parent.AwaitsKey:
                        Count(ref total, 1 + scalar.Value.Length, source, scalar);
                        parent.SetKey(scalar.Value, source, scalar);
                        break;
                    case Scalar scalar:
                        ParameterValue value = scalar.Style is ScalarStyle.Plain && ParameterValue.IsNullText(scalar.Value)
                            ? new ParameterValue.Null()
                            : new ParameterValue.Scalar(scalar.Value, scalar.Style is not ScalarStyle.Plain);
                        long size = 1 + scalar.Value.Length;
                        Count(ref total, size, source, scalar);
                        root = Place(open, anchors, value, size, scalar.Anchor);
                        break;
                    case AnchorAlias alias:
                        if (open.TryPeek(out Collection? keyed) && keyed.AwaitsKey)
                        {
                            throw Fail(source, alias, "an alias cannot be used as a mapping key");
                        }

                        if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
                        {
                            throw Fail(source, alias, $"the alias *{SafeText.Escape(alias.Value.Value, 60)} names no anchor defined before it");
                        }

                        Count(ref total, anchored.Size, source, alias);
                        root = Place(open, anchors, anchored.Value, anchored.Size, AnchorName.Empty);
                        break;
                    case SequenceStart or MappingStart:
                        if (open.TryPeek(out Collection? owner) && owner.AwaitsKey)
                        {
                            throw Fail(source, current, "a mapping key must be a name, not a list or a mapping");
                        }

                        if (open.Count >= ParameterFile.MaxNesting)
                        {
                            throw Fail(source, current, $"lists and mappings nest deeper than {ParameterFile.MaxNesting} levels");
                        }

                        Count(ref total, 1, source, current);
                        open.Push(new Collection(current is MappingStart, ((NodeEvent)current).Anchor));
                        break;
                    case SequenceEnd or MappingEnd:
                        Collection done = open.Pop();
                        root = Place(open, anchors, done.ToValue(), done.Size, done.Anchor);
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            throw new ParameterException($"{source}: not valid YAML/JSON at line {e.Start.Line}, column {e.Start.Column}: {SafeText.Escape(e.Message)}");
        }

        return root ?? new ParameterValue.Null();
    }

    /// <summary>Adds a finished value to the collection being built; returns it when it is the document's root.</summary>
    private static ParameterValue? Place(Stack<Collection> open, Dictionary<string, (ParameterValue, long)> anchors, ParameterValue value, long size, AnchorName anchor)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = (value, size);
        }

        if (!open.TryPeek(out Collection? parent))
        {
            return value;
        }

        parent.Add(value, size);
        return null;
    }

    private static void Count(ref long total, long size, string source, ParsingEvent at)
    {
        total += size;
        if (total > ParameterFile.MaxExpandedSize)
        {
            throw Fail(source, at, $"the document (with its aliases expanded) is larger than {ParameterFile.MaxExpandedSize} characters and values; " +
                "aliases that repeat anchors many times over are refused");
        }
    }

    private static ParameterException Fail(string source, ParsingEvent at, string problem) =>
        new($"{source}: line {at.Start.Line}, column {at.Start.Column}: {problem}.");

    /// <summary>A mapping or sequence being read.</summary>
    private sealed class Collection(bool isMapping, AnchorName anchor)
    {
        private readonly List<ParameterValue> _items = [];
        private readonly List<KeyValuePair<string, ParameterValue>> _entries = [];
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private string? _key;

        public AnchorName Anchor { get; } = anchor;

        public long Size { get; private set; } = 1;

        /// <summary>A mapping whose next scalar is a key.</summary>
        public bool AwaitsKey => isMapping && _key is null;

        public void SetKey(string key, string source, ParsingEvent at)
        {
            if (!_keys.Add(key))
            {
                throw Fail(source, at, $"the key {SafeText.Quote(key, 60)} appears twice in the same mapping");
            }

            _key = key;
            Size += 1 + key.Length;
        }

        public void Add(ParameterValue value, long size)
        {
            Size += size;
            if (isMapping)
            {
                _entries.Add(new(_key!, value));
                _key = null;
            }
            else
            {
                _items.Add(value);
            }
        }

        public ParameterValue ToValue() => isMapping ? new ParameterValue.Mapping(_entries) : new ParameterValue.Sequence(_items);
    }
}
