using System.Reflection;
using Radiomics.Extraction;

namespace Radiomics.Tests.Architecture;

/// <summary>
/// The core's namespaces follow the pipeline, and a namespace uses only its own stage and the stages before it:
/// Imaging → Numerics → IO → Configuration → Preprocessing → Filters → Features → Extraction → Compliance → Examples.
/// The root namespace (<c>Radiomics</c>: version, parallelism defaults, <see cref="ExtractionException"/>) is the
/// ground every stage stands on. Configuration comes after IO because a parameter file is read through IO's safe-file
/// gateway; the names of image types and feature classes it checks are given to it (<see cref="PipelineParameters"/>),
/// so there is no exception to the rule. docs/architecture.md states the same rule for readers.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private static readonly Assembly Core = typeof(RadiomicsExtractor).Assembly;

    private static readonly Dictionary<string, int> StageOf = new()
    {
        ["Radiomics"] = 0,
        ["Radiomics.Imaging"] = 1,
        ["Radiomics.Numerics"] = 2,
        ["Radiomics.IO"] = 3,
        ["Radiomics.Configuration"] = 4,
        ["Radiomics.Preprocessing"] = 5,
        ["Radiomics.Filters"] = 6,
        ["Radiomics.Features"] = 7,
        ["Radiomics.Extraction"] = 8,
        ["Radiomics.Compliance"] = 9,
        ["Radiomics.Examples"] = 10,
    };

    [Fact]
    public void Every_core_namespace_is_a_known_stage()
    {
        string[] unknown = Core.GetTypes()
            .Select(type => StageName(type))
            .OfType<string>()
            .Where(name => !StageOf.ContainsKey(name))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.True(unknown.Length == 0, "namespaces outside the stage list: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Core_namespaces_use_only_earlier_stages()
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Type type in Core.GetTypes())
        {
            if (StageName(type) is not { } from || !StageOf.TryGetValue(from, out int fromStage))
            {
                continue;
            }

            foreach (Type used in TypeDependencies.Of(type))
            {
                if (used.Assembly == Core && StageName(used) is { } to && StageOf.TryGetValue(to, out int toStage)
                    && toStage > fromStage)
                {
                    violations.Add($"{Outermost(type).FullName} ({from}) uses {Outermost(used).FullName} ({to})");
                }
            }
        }

        Assert.True(violations.Count == 0,
            $"{violations.Count} uses against the pipeline order:{Environment.NewLine}" + string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_scanner_sees_a_use_inside_a_method_body()
    {
        // Guards the test above against a scanner that finds nothing: RadiomicsExtractor's bodies call into
        // Preprocessing and Features, which only the IL shows.
        IReadOnlySet<Type> used = TypeDependencies.Of(typeof(RadiomicsExtractor));
        Assert.Contains(used, type => type.Namespace?.StartsWith("Radiomics.Features", StringComparison.Ordinal) == true);
        Assert.Contains(used, type => type.Namespace?.StartsWith("Radiomics.Preprocessing", StringComparison.Ordinal) == true);
    }

    /// <summary>The stage a type's namespace belongs to: <c>Radiomics</c> plus at most one more segment.</summary>
    private static string? StageName(Type type)
    {
        string? name = Outermost(type).Namespace;
        if (name is null || !(name == "Radiomics" || name.StartsWith("Radiomics.", StringComparison.Ordinal)))
        {
            return null;
        }

        string[] parts = name.Split('.');
        return parts.Length == 1 ? parts[0] : parts[0] + "." + parts[1];
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }
}
