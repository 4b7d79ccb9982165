using System.Globalization;

namespace Radiomics.Dicom.Writing;

/// <summary>
/// What makes one written object differ from another written from the same inputs: its UIDs and its content
/// date/time. By default UIDs are random and the content date/time is the local time of writing. With
/// <see cref="UidSeed"/> every UID is derived from the seed (see <see cref="DicomUidGenerator"/>) and the content
/// date/time is <see cref="ContentDateTime"/> or, when that is not given, the fixed <see cref="ReproducibleDateTime"/>:
/// the same inputs, seed and Radiomics.NET version then give the same bytes.
/// </summary>
public sealed record DicomWriteOptions
{
    /// <summary>The content date/time of seeded output when none is given: 2000-01-01 00:00:00.</summary>
    public static readonly DateTime ReproducibleDateTime = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Random UIDs and the time of writing.</summary>
    public static DicomWriteOptions Default { get; } = new();

    /// <summary>Null for random UIDs; else the seed of reproducible UIDs (a case identifier, a run name, …).</summary>
    public string? UidSeed { get; init; }

    /// <summary>The content (and instance creation) date and time written; null for the time of writing (or, seeded, <see cref="ReproducibleDateTime"/>).</summary>
    public DateTime? ContentDateTime { get; init; }

    internal DicomUidGenerator CreateUidGenerator() => new(UidSeed);

    internal DateTime ResolveDateTime() => ContentDateTime ?? (UidSeed is null ? DateTime.Now : ReproducibleDateTime);

    /// <summary>A DA value (YYYYMMDD).</summary>
    internal static string Date(DateTime time) => time.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>A TM value (HHMMSS).</summary>
    internal static string Time(DateTime time) => time.ToString("HHmmss", CultureInfo.InvariantCulture);
}
