namespace Radiomics.Dicom.Parsing;

/// <summary>
/// Builds <see cref="DicomDataset"/> trees from parser events. Private elements (odd groups) and everything nested
/// in private sequences are dropped: the parser has already walked them safely, and nothing here reads them.
/// </summary>
internal sealed class DatasetBuilder : IDicomParserObserver
{
    private readonly string _path;
    private readonly Stack<DicomDataset> _datasets = new();
    private readonly Stack<(DicomTag Tag, string Vr, List<DicomDataset> Items)> _sequences = new();
    private int _skipDepth;

    public DatasetBuilder(string path)
    {
        _path = path;
        Root = new DicomDataset(path);
        _datasets.Push(Root);
    }

    public DicomDataset Root { get; }

    /// <summary>Set when the parser stopped at the top-level pixel data: value offset in the buffer and length.</summary>
    public (int Offset, uint Length, string Vr)? PixelDataHeader { get; private set; }

    public void OnElement(DicomTag tag, string vr, bool bigEndian, ReadOnlyMemory<byte> value)
    {
        if (_skipDepth == 0 && !tag.IsPrivate)
        {
            _datasets.Peek().Add(new DicomElement(tag, vr, bigEndian, value));
        }
    }

    public void OnBeginSequence(DicomTag tag, string vr)
    {
        if (_skipDepth > 0 || tag.IsPrivate)
        {
            _skipDepth++;
            return;
        }

        _sequences.Push((tag, vr, new List<DicomDataset>()));
    }

    public void OnBeginItem()
    {
        if (_skipDepth == 0)
        {
            var item = new DicomDataset(_path);
            _sequences.Peek().Items.Add(item);
            _datasets.Push(item);
        }
    }

    public void OnEndItem()
    {
        if (_skipDepth == 0)
        {
            _datasets.Pop();
        }
    }

    public void OnEndSequence()
    {
        if (_skipDepth > 0)
        {
            _skipDepth--;
            return;
        }

        var (tag, vr, items) = _sequences.Pop();
        _datasets.Peek().Add(new DicomElement(tag, vr, false, ReadOnlyMemory<byte>.Empty, items));
    }

    public void OnFragments(DicomTag tag, string vr, IReadOnlyList<ReadOnlyMemory<byte>> fragments)
    {
        if (_skipDepth == 0 && !tag.IsPrivate)
        {
            _datasets.Peek().Add(new DicomElement(tag, vr, false, ReadOnlyMemory<byte>.Empty, fragments: fragments));
        }
    }

    public void OnPixelDataHeader(DicomTag tag, string vr, int valueOffset, uint length) =>
        PixelDataHeader = (valueOffset, length, vr);
}
