using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Radiomics.Cli.Tests.Docs;

/// <summary>
/// Compiles a <see cref="DocSample"/> with Roslyn against the assemblies this test runs with (the built Radiomics.NET,
/// Radiomics.NET.Dicom, Radiomics.NET.Analysis and the framework), with the implicit usings of a console project, as
/// a reader who pastes it into <c>Program.cs</c> of a new project referencing the packages would compile it.
/// </summary>
public static class SampleCompiler
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    /// <summary>The program text compiled for <paramref name="sample"/> (a fragment wrapped in a method).</summary>
    public static string ProgramText(DocSample sample)
    {
        if (sample.Kind != DocSampleKind.Fragment)
        {
            return sample.Code;
        }

        string[] lines = sample.Code.Split('\n');
        string[] usings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Trim().Length == 0).ToArray();
        string body = string.Join('\n', lines.Skip(usings.Length));
        return $"{string.Join('\n', usings)}\n#pragma warning disable CS8321\nvoid Sample()\n{{\n{sample.Context}\n#line 1\n{body}\n}}\n";
    }

    /// <summary>Compiles the sample; the errors (empty on success) and the assembly image.</summary>
    public static (IReadOnlyList<string> Errors, byte[]? Image) Compile(DocSample sample)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree[] trees =
        [
            CSharpSyntaxTree.ParseText(ImplicitUsings, parse, "ImplicitUsings.cs"),
            CSharpSyntaxTree.ParseText(ProgramText(sample), parse, sample.File),
        ];
        var options = new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable);
        CSharpCompilation compilation = CSharpCompilation.Create("DocSample", trees, References.Value, options);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        string[] errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{sample.Id} (+{d.Location.GetLineSpan().StartLinePosition.Line}): {d.Id} {d.GetMessage()}").ToArray();
        return (errors, result.Success ? image.ToArray() : null);
    }

    /// <summary>Runs a compiled program's entry point in a collectible load context.</summary>
    public static void Run(byte[] image)
    {
        var context = new AssemblyLoadContext("DocSample", isCollectible: true);
        try
        {
            Assembly assembly = context.LoadFromStream(new MemoryStream(image));
            MethodInfo entry = assembly.EntryPoint ?? throw new InvalidOperationException("The sample has no entry point.");
            object? returned = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            (returned as Task)?.GetAwaiter().GetResult();
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
        finally
        {
            context.Unload();
        }
    }
}
