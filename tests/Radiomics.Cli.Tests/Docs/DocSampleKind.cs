namespace Radiomics.Cli.Tests.Docs;

/// <summary>How a <see cref="DocSample"/> is checked.</summary>
public enum DocSampleKind
{
    /// <summary>A complete program, compiled and run.</summary>
    Run,

    /// <summary>A complete program, compiled only.</summary>
    CompileOnly,

    /// <summary>Statements compiled inside a method after the declarations the marker gives.</summary>
    Fragment,
}
