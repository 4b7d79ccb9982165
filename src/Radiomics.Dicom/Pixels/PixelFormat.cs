using Radiomics.Dicom.Parsing;

namespace Radiomics.Dicom.Pixels;

/// <summary>The Image Pixel module attributes (PS3.3 C.7.6.3) that say how stored values are laid out.</summary>
public sealed record PixelFormat(int Rows, int Columns, int Frames, int SamplesPerPixel, int BitsAllocated, int BitsStored, int HighBit, bool Signed, string Photometric)
{
    /// <summary>Pixels in one frame.</summary>
    public long PixelsPerFrame => (long)Rows * Columns;

    /// <summary>Bytes of one native frame (bit-packed frames of 1-bit data are not byte aligned; see <see cref="FrameBits"/>).</summary>
    public long FrameBytes => PixelsPerFrame * SamplesPerPixel * BitsAllocated / 8;

    /// <summary>Bits of one native frame.</summary>
    public long FrameBits => PixelsPerFrame * SamplesPerPixel * BitsAllocated;

    /// <summary>Reads and validates the pixel attributes of a data set.</summary>
    public static PixelFormat FromDataset(DicomDataset dataset)
    {
        int rows = Require(dataset, DicomTags.Rows, "Rows");
        int columns = Require(dataset, DicomTags.Columns, "Columns");
        int bitsAllocated = Require(dataset, DicomTags.BitsAllocated, "BitsAllocated");
        int bitsStored = dataset.GetUInt16(DicomTags.BitsStored) ?? bitsAllocated;
        int highBit = dataset.GetUInt16(DicomTags.HighBit) ?? bitsStored - 1;
        int samples = dataset.GetUInt16(DicomTags.SamplesPerPixel) ?? 1;
        bool signed = (dataset.GetUInt16(DicomTags.PixelRepresentation) ?? 0) == 1;
        double frames = dataset.GetNumber(DicomTags.NumberOfFrames) ?? 1;
        string photometric = dataset.GetString(DicomTags.PhotometricInterpretation) ?? "MONOCHROME2";

        if (rows == 0 || columns == 0)
        {
            throw Bad(dataset, $"the image has {rows} rows and {columns} columns");
        }

        if (bitsAllocated is not (1 or 8 or 16 or 32))
        {
            throw new DicomFormatException(DicomProblem.Unsupported, dataset.Path, $"BitsAllocated {bitsAllocated} is not supported (1, 8, 16 or 32)");
        }

        if (bitsStored < 1 || bitsStored > bitsAllocated || highBit < bitsStored - 1 || highBit >= bitsAllocated)
        {
            throw Bad(dataset, $"BitsStored {bitsStored} and HighBit {highBit} do not fit BitsAllocated {bitsAllocated}");
        }

        if (frames < 1 || frames > int.MaxValue || frames != Math.Floor(frames))
        {
            throw Bad(dataset, $"NumberOfFrames {frames} is not a positive integer");
        }

        if (samples is not (1 or 3))
        {
            throw Bad(dataset, $"SamplesPerPixel {samples} is neither 1 nor 3");
        }

        return new PixelFormat(rows, columns, (int)frames, samples, bitsAllocated, bitsStored, highBit, signed, photometric);
    }

    /// <summary>Refuses what radiomics cannot use: colour images.</summary>
    public void RequireGreyscale(string path)
    {
        if (SamplesPerPixel != 1 || !Photometric.StartsWith("MONOCHROME", StringComparison.Ordinal))
        {
            throw new DicomFormatException(DicomProblem.Unsupported, path,
                $"colour images are not supported for radiomics (PhotometricInterpretation {Photometric}, SamplesPerPixel {SamplesPerPixel}); convert to greyscale first");
        }
    }

    private static int Require(DicomDataset dataset, DicomTag tag, string name) =>
        dataset.GetUInt16(tag) ?? throw new DicomFormatException(DicomProblem.MissingAttribute, dataset.Path, $"the image has no {name} {tag}");

    private static DicomFormatException Bad(DicomDataset dataset, string problem) =>
        new(DicomProblem.Malformed, dataset.Path, problem);
}
