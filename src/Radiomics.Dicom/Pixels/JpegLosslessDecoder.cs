namespace Radiomics.Dicom.Pixels;

/// <summary>
/// JPEG lossless, non-hierarchical, Huffman coded (ITU-T T.81 process 14, Annex H), one component: the decoder behind
/// transfer syntaxes 1.2.840.10008.1.2.4.70 (selection value 1) and .57 (any of the seven predictors). Differences are
/// Huffman coded categories SSSS (0–16) with SSSS extra bits (F.2.2.1 EXTEND); 16 means 32768. The first sample of
/// the image and of each restart interval is predicted by 2^(P−Pt−1), the rest of that line by the left neighbour,
/// the first sample of later lines by the one above, and the others by the scan's predictor (Table H.1).
/// </summary>
internal static class JpegLosslessDecoder
{
    public static void Decode(ReadOnlySpan<byte> data, PixelFormat format, Span<int> target, string path)
    {
        var tables = new HuffmanTable?[4];
        int precision = 0, lines = 0, samplesPerLine = 0, restartInterval = 0;
        int i = 0;
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            throw Error(path, "the JPEG stream does not start with an SOI marker");
        }

        i = 2;
        while (true)
        {
            int marker = NextMarker(data, ref i, path);
            if (marker == 0xD9)
            {
                throw Error(path, "the JPEG stream ends before its scan");
            }

            int length = ReadSegmentLength(data, i, path);
            ReadOnlySpan<byte> segment = data.Slice(i + 2, length - 2);
            i += length;
            switch (marker)
            {
                case 0xC3:
                    precision = segment[0];
                    lines = (segment[1] << 8) | segment[2];
                    samplesPerLine = (segment[3] << 8) | segment[4];
                    if (segment[5] != 1)
                    {
                        throw new DicomFormatException(DicomProblem.Unsupported, path, $"JPEG lossless with {segment[5]} components is not supported (greyscale only)");
                    }

                    break;
                case 0xC0 or 0xC1 or 0xC2 or (>= 0xC5 and <= 0xC7) or (>= 0xC9 and <= 0xCB) or (>= 0xCD and <= 0xCF):
                    throw new DicomFormatException(DicomProblem.UnsupportedTransferSyntax, path, $"the JPEG stream uses SOF marker 0xFF{marker:X2}, not lossless process 14; decompress it first (gdcmconv --raw or dcmdjpeg)");
                case 0xC4:
                    ReadHuffmanTables(segment, tables, path);
                    break;
                case 0xDD:
                    restartInterval = (segment[0] << 8) | segment[1];
                    break;
                case 0xDA:
                    if (precision == 0)
                    {
                        throw Error(path, "the JPEG scan comes before its SOF3 frame header");
                    }

                    if (lines != format.Rows || samplesPerLine != format.Columns)
                    {
                        throw Error(path, $"the JPEG frame is {samplesPerLine}×{lines} but the image is {format.Columns}×{format.Rows}");
                    }

                    int tableIndex = segment[2] >> 4;
                    int predictor = segment[1 + 2 * segment[0]];
                    int pointTransform = segment[3 + 2 * segment[0]] & 0x0F;
                    HuffmanTable table = tableIndex < 4 && tables[tableIndex] is { } t ? t : throw Error(path, $"the JPEG scan uses Huffman table {tableIndex}, which is not defined");
                    DecodeScan(data[i..], table, precision, pointTransform, predictor, restartInterval, format, target, path);
                    return;
                default:
                    break; // APPn, COM, DQT and the like carry nothing a lossless decoder needs.
            }
        }
    }

    private static void DecodeScan(ReadOnlySpan<byte> data, HuffmanTable table, int precision, int pointTransform, int predictor,
        int restartInterval, PixelFormat format, Span<int> target, string path)
    {
        if (predictor is < 1 or > 7)
        {
            throw Error(path, $"JPEG lossless predictor {predictor} is not one of 1–7");
        }

        int width = format.Columns, height = format.Rows;
        int modulus = 1 << 16;
        int initial = 1 << (precision - pointTransform - 1);
        var reader = new BitReader(data, path);
        var values = new int[width * height];
        int sinceRestart = 0;
        bool firstLineOfInterval = true;
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                if (restartInterval > 0 && sinceRestart == restartInterval)
                {
                    reader.Restart();
                    sinceRestart = 0;
                    firstLineOfInterval = true;
                }

                int p = y * width + x;
                int prediction;
                if (sinceRestart == 0 && (restartInterval > 0 || p == 0))
                {
                    prediction = initial;
                    if (x != 0 && !firstLineOfInterval)
                    {
                        prediction = values[p - 1];
                    }
                }
                else if (firstLineOfInterval)
                {
                    prediction = values[p - 1];
                }
                else if (x == 0)
                {
                    prediction = values[p - width];
                }
                else
                {
                    int ra = values[p - 1], rb = values[p - width], rc = values[p - width - 1];
                    prediction = predictor switch
                    {
                        1 => ra,
                        2 => rb,
                        3 => rc,
                        4 => ra + rb - rc,
                        5 => ra + ((rb - rc) >> 1),
                        6 => rb + ((ra - rc) >> 1),
                        _ => (ra + rb) >> 1,
                    };
                }

                int category = table.Decode(ref reader);
                int difference = category switch
                {
                    0 => 0,
                    16 => 32768,
                    _ => Extend(reader.ReadBits(category), category),
                };
                values[p] = (prediction + difference) & (modulus - 1);
                sinceRestart++;
                if (x == width - 1)
                {
                    firstLineOfInterval = false;
                }
            }
        }

        int bits = format.BitsStored;
        int mask = bits >= 31 ? int.MaxValue : (1 << bits) - 1;
        for (int p = 0; p < values.Length; p++)
        {
            int v = (values[p] << pointTransform) & mask;
            if (format.Signed && bits < 32 && (v & (1 << (bits - 1))) != 0)
            {
                v -= 1 << bits;
            }

            target[p] = v;
        }
    }

    private static int Extend(int v, int bits) => v < (1 << (bits - 1)) ? v - (1 << bits) + 1 : v;

    private static void ReadHuffmanTables(ReadOnlySpan<byte> segment, HuffmanTable?[] tables, string path)
    {
        int i = 0;
        while (i < segment.Length)
        {
            if (segment.Length - i < 17)
            {
                throw Error(path, "a JPEG Huffman table segment is truncated");
            }

            int id = segment[i] & 0x0F;
            ReadOnlySpan<byte> counts = segment.Slice(i + 1, 16);
            int total = 0;
            foreach (byte c in counts)
            {
                total += c;
            }

            if (id > 3 || segment.Length - i - 17 < total)
            {
                throw Error(path, "a JPEG Huffman table is malformed");
            }

            tables[id] = new HuffmanTable(counts, segment.Slice(i + 17, total));
            i += 17 + total;
        }
    }

    private static int NextMarker(ReadOnlySpan<byte> data, ref int i, string path)
    {
        while (i + 1 < data.Length)
        {
            if (data[i] == 0xFF && data[i + 1] != 0xFF && data[i + 1] != 0x00)
            {
                int marker = data[i + 1];
                i += 2;
                return marker;
            }

            i++;
        }

        throw Error(path, "the JPEG stream ends before its scan");
    }

    private static int ReadSegmentLength(ReadOnlySpan<byte> data, int i, string path)
    {
        if (i + 2 > data.Length)
        {
            throw Error(path, "the JPEG stream ends inside a marker segment");
        }

        int length = (data[i] << 8) | data[i + 1];
        if (length < 2 || i + length > data.Length)
        {
            throw Error(path, $"a JPEG marker segment of length {length} overruns the stream");
        }

        return length;
    }

    private static DicomFormatException Error(string path, string problem) => new(DicomProblem.Malformed, path, problem);

    /// <summary>A canonical Huffman table (T.81 Annex C): codes of each length are consecutive.</summary>
    private sealed class HuffmanTable
    {
        private readonly int[] _maxCode = new int[17];
        private readonly int[] _valuePointer = new int[17];
        private readonly int[] _minCode = new int[17];
        private readonly byte[] _values;

        public HuffmanTable(ReadOnlySpan<byte> counts, ReadOnlySpan<byte> values)
        {
            _values = values.ToArray();
            int code = 0, k = 0;
            for (int length = 1; length <= 16; length++)
            {
                int n = counts[length - 1];
                _valuePointer[length] = k;
                _minCode[length] = code;
                code += n;
                k += n;
                _maxCode[length] = n == 0 ? -1 : code - 1;
                code <<= 1;
            }
        }

        public int Decode(ref BitReader reader)
        {
            int code = 0;
            for (int length = 1; length <= 16; length++)
            {
                code = (code << 1) | reader.ReadBit();
                if (_maxCode[length] >= code && code >= _minCode[length] && _maxCode[length] >= 0)
                {
                    return _values[_valuePointer[length] + code - _minCode[length]];
                }
            }

            throw new DicomFormatException(DicomProblem.Malformed, reader.Path, "the JPEG data holds a code that is not in its Huffman table");
        }
    }

    /// <summary>Reads entropy-coded bits, removing stuffed zero bytes; past a marker or the end it yields 1-bits, a bounded number of times.</summary>
    private ref struct BitReader
    {
        private readonly ReadOnlySpan<byte> _data;
        private int _position;
        private int _buffer;
        private int _count;
        private int _padding;

        public BitReader(ReadOnlySpan<byte> data, string path)
        {
            _data = data;
            Path = path;
        }

        public string Path { get; }

        public int ReadBit()
        {
            if (_count == 0)
            {
                Fill();
            }

            _count--;
            return (_buffer >> _count) & 1;
        }

        public int ReadBits(int n)
        {
            int v = 0;
            for (int k = 0; k < n; k++)
            {
                v = (v << 1) | ReadBit();
            }

            return v;
        }

        /// <summary>Discards remaining bits and skips the RSTm marker that ends a restart interval.</summary>
        public void Restart()
        {
            _count = 0;
            while (_position + 1 < _data.Length && !(_data[_position] == 0xFF && _data[_position + 1] is >= 0xD0 and <= 0xD7))
            {
                _position++;
            }

            _position = Math.Min(_position + 2, _data.Length);
        }

        private void Fill()
        {
            if (_position < _data.Length && !(_data[_position] == 0xFF && _position + 1 < _data.Length && _data[_position + 1] != 0x00))
            {
                _buffer = _data[_position];
                _position += _data[_position] == 0xFF ? 2 : 1;
            }
            else
            {
                if (++_padding > 64)
                {
                    throw new DicomFormatException(DicomProblem.Truncated, Path, "the JPEG entropy-coded data ends before all pixels are decoded");
                }

                _buffer = 0xFF;
            }

            _count = 8;
        }
    }
}
