namespace Radiomics.Dicom.Writing;

/// <summary>
/// The UIDs and time of one object written from a source series: its series and instance UIDs, named
/// <c>&lt;source series UID&gt;/&lt;kind&gt;/&lt;content digest&gt;/series</c> and <c>…/instance</c> (see
/// <see cref="DicomUidGenerator"/>), further UIDs under the same stem (<see cref="Create"/>), and its content date/time.
/// </summary>
internal sealed class DerivedObjectIdentity
{
    private readonly DicomUidGenerator _uids;
    private readonly string _stem;

    public DerivedObjectIdentity(DicomWriteOptions options, string sourceSeriesUid, string kind, string contentDigest)
    {
        _uids = options.CreateUidGenerator();
        _stem = $"{sourceSeriesUid}/{kind}/{contentDigest}";
        SeriesUid = Create("series");
        InstanceUid = Create("instance");
        Time = options.ResolveDateTime();
    }

    public string SeriesUid { get; }

    public string InstanceUid { get; }

    public DateTime Time { get; }

    /// <summary>Another UID of this object, for <paramref name="purpose"/> (e.g. "tracking/1").</summary>
    public string Create(string purpose) => _uids.Create($"{_stem}/{purpose}");
}
