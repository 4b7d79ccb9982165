using Radiomics.Configuration.Regions;
using Radiomics.Dicom;
using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Cli.Commands.Regions;

/// <summary>
/// Reads the clip and subtract masks of one case's regions (<see cref="RegionMaskSource"/>): an image file (NIfTI, NRRD,
/// MetaImage), or a DICOM RTSTRUCT or SEG rasterised on the case's image (its only structure, or the label given). A
/// column source takes the file from the case's cell in that column, relative to the case list's folder. Each file is
/// read once per case. Problems (no such file, an empty cell, a column outside a batch) are
/// <see cref="ExtractionException"/>s naming the file or column.
/// </summary>
internal sealed class RegionMaskLoader
{
    private readonly ImageData _image;
    private readonly Func<string, string?>? _cell;
    private readonly Dictionary<(string Path, int? Label), Volume<byte>> _read = [];

    /// <param name="image">The case's image (the grid a DICOM mask is rasterised on).</param>
    /// <param name="cell">A column's file for this case, resolved (null: the cell is empty); null outside a batch.</param>
    public RegionMaskLoader(ImageData image, Func<string, string?>? cell = null)
    {
        _image = image;
        _cell = cell;
    }

    public Volume<byte> Load(RegionMaskSource source)
    {
        string path = source.ResolvedPath ?? ColumnFile(source);
        if (_read.TryGetValue((path, source.Label), out Volume<byte>? known))
        {
            return known;
        }

        if (!File.Exists(path))
        {
            throw new ExtractionException($"regions: the mask {source.Describe()} ({path}) does not exist.");
        }

        ImageData mask = IsDicom(path) ? DicomInput.LoadMask(path, _image, null, source.Label) : ImageReader.Read(path);
        Volume<byte> binary = source.Label is { } label && !IsDicom(path) ? mask.ToBinaryMask(label) : NonZero(mask);
        _read[(path, source.Label)] = binary;
        return binary;
    }

    private string ColumnFile(RegionMaskSource source)
    {
        if (_cell is null)
        {
            throw new UsageException($"regions: the mask {source.Describe()} names a case-list column; only 'radiomics batch' reads a case list, so give a path");
        }

        return _cell(source.Column!) ?? throw new ExtractionException($"regions: the case's {source.Column} cell is empty; the region needs its mask.");
    }

    private static bool IsDicom(string path) => ImageReader.FormatOf(path) == ImageFileFormat.Unknown && DicomInput.IsDicom(path);

    private static Volume<byte> NonZero(ImageData mask)
    {
        var binary = new Volume<byte>(mask.Geometry);
        Span<byte> voxels = binary.Voxels;
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = mask.GetDouble(i) != 0 ? (byte)1 : (byte)0;
        }

        return binary;
    }
}
