namespace Radiomics.Dicom.Parsing;

/// <summary>
/// Receives what <see cref="DicomParser"/> finds, in file order. The parser only walks bytes
/// (tag → VR → length → value); an observer decides what to keep (fo-dicom's parser/observer split).
/// Values are slices of the parser's buffer: an observer that keeps them keeps the buffer alive.
/// </summary>
internal interface IDicomParserObserver
{
    void OnElement(DicomTag tag, string vr, bool bigEndian, ReadOnlyMemory<byte> value);

    void OnBeginSequence(DicomTag tag, string vr);

    void OnBeginItem();

    void OnEndItem();

    void OnEndSequence();

    /// <summary>Encapsulated pixel data: the fragments in order, the first being the Basic Offset Table.</summary>
    void OnFragments(DicomTag tag, string vr, IReadOnlyList<ReadOnlyMemory<byte>> fragments);

    /// <summary>
    /// Called instead of <see cref="OnElement"/> or <see cref="OnFragments"/> when the parser was told to stop at the
    /// top-level pixel data: where its value starts in the buffer and its length (<see cref="DicomParser.UndefinedLength"/> when encapsulated).
    /// </summary>
    void OnPixelDataHeader(DicomTag tag, string vr, int valueOffset, uint length);
}
