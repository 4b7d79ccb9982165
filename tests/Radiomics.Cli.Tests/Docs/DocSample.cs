namespace Radiomics.Cli.Tests.Docs;

/// <summary>
/// One ```csharp block of the README or a page of docs/, as <see cref="DocSamples"/> found it. How it is checked is
/// said by an HTML comment on the line before the block (invisible on the rendered page):
/// <list type="bullet">
/// <item>none: a complete program (top-level statements), compiled and run from a scratch folder in which
/// <c>tests/data</c> is the repository's;</item>
/// <item><c>&lt;!-- sample: compile-only --&gt;</c>: a complete program that needs inputs of the reader's own (e.g.
/// <c>Params.yaml</c>), compiled only;</item>
/// <item><c>&lt;!-- sample: fragment | DECLARATIONS --&gt;</c>: statements that use variables the page describes;
/// compiled inside a method after DECLARATIONS (C# statements, e.g. <c>string dataRoot = "";</c>).</item>
/// </list>
/// </summary>
public sealed record DocSample(string File, int Line, string Code, DocSampleKind Kind, string Context)
{
    /// <summary>"docs/dicom.md:9" (the line of the opening fence).</summary>
    public string Id => $"{File}:{Line}";

    public override string ToString() => Id;
}
