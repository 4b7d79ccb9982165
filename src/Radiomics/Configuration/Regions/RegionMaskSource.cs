namespace Radiomics.Configuration.Regions;

/// <summary>
/// A mask a region is clipped to or cut by: a file (<see cref="Path"/>, as written, and <see cref="ResolvedPath"/>,
/// relative paths taken from the parameter file's folder) or, in a batch, the file a case-list column names per case
/// (<see cref="Column"/>). Exactly one of the two is set. The mask is its voxels equal to <see cref="Label"/>, or every
/// non-zero voxel when no label is given.
/// </summary>
public sealed record RegionMaskSource
{
    /// <summary>The file as the parameter file writes it (null for a column).</summary>
    public string? Path { get; init; }

    /// <summary>The file to read: <see cref="Path"/> when absolute, else joined to the parameter file's folder (null for a column).</summary>
    public string? ResolvedPath { get; init; }

    /// <summary>The case-list column naming the file per case (null for a file).</summary>
    public string? Column { get; init; }

    /// <summary>The mask's label; null: every non-zero voxel.</summary>
    public int? Label { get; init; }

    /// <summary>How messages name the source: the file as written, or <c>column 'BodyMask'</c>.</summary>
    public string Describe() =>
        (Column is null ? Path! : $"column '{Column}'") + (Label is { } label ? $" (label {label})" : "");
}
