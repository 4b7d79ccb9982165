namespace Radiomics.Cli.Slicer;

/// <summary>
/// One parameter of a SlicerExecutionModel module description: its element (<see cref="Tag"/>: image, table, file,
/// integer, …), name, label and description, and either an <see cref="Index"/> (a positional argument; image, file and
/// table parameters must be positional in the schema) or a <see cref="LongFlag"/> (passed as <c>--flag value</c>).
/// </summary>
internal sealed record SlicerParameter(string Tag, string Name, string Label, string Description)
{
    /// <summary>The <c>type</c> attribute of an image (<c>scalar</c>, <c>label</c>), or null.</summary>
    public string? Type { get; init; }

    /// <summary><c>input</c> or <c>output</c> for index parameters.</summary>
    public string? Channel { get; init; }

    /// <summary>The position among the positional arguments (0 first), or null for a flag.</summary>
    public int? Index { get; init; }

    /// <summary>The long flag without its dashes (<c>label</c> → <c>--label</c>), or null for a positional parameter.</summary>
    public string? LongFlag { get; init; }

    public string? Default { get; init; }

    /// <summary>The <c>fileExtensions</c> attribute (<c>.csv</c>): the first one is the extension Slicer gives the file it passes.</summary>
    public string? FileExtensions { get; init; }

    /// <summary>A scalar's minimum, maximum and step, or null.</summary>
    public (double Minimum, double Maximum, double Step)? Constraints { get; init; }
}
