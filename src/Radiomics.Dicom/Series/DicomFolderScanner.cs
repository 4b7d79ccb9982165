using Radiomics.Dicom.Parsing;
using Radiomics.IO;

namespace Radiomics.Dicom.Series;

/// <summary>What a folder (searched recursively) or a single file holds, by kind; non-DICOM files are skipped.</summary>
internal sealed class DicomFolderScanner
{
    private DicomFolderScanner()
    {
    }

    public List<DicomFile> Images { get; } = new();

    public List<DicomFile> StructureSets { get; } = new();

    public List<DicomFile> Segmentations { get; } = new();

    /// <summary>Structured reports (modality SR, or an SR Storage SOP class 1.2.840.10008.5.1.4.1.1.88.*).</summary>
    public List<DicomFile> Reports { get; } = new();

    public List<string> Notes { get; } = new();

    /// <summary>
    /// Reads the header of every DICOM file under <paramref name="folderOrFile"/> (files in ordinal path order).
    /// A file that looks like DICOM but cannot be parsed is an error: silently dropping a broken slice would turn
    /// into a confusing "missing slice" later.
    /// </summary>
    public static DicomFolderScanner Scan(string folderOrFile)
    {
        var scanner = new DicomFolderScanner();
        IEnumerable<string> files;
        if (Directory.Exists(folderOrFile))
        {
            // Recursively, without following links to folders (a link back up the tree would never end).
            files = InputFiles.EnumerateFilesBelow(folderOrFile).Order(StringComparer.Ordinal);
        }
        else if (File.Exists(folderOrFile))
        {
            files = [folderOrFile];
        }
        else
        {
            throw new DicomFormatException(DicomProblem.NoSeries, folderOrFile, "no such file or folder");
        }

        int skipped = 0;
        foreach (string file in files)
        {
            DicomFile? header = DicomFile.TryReadHeader(file);
            if (header is null)
            {
                skipped++;
                continue;
            }

            string? sopClass = header.Dataset.GetString(DicomTags.SopClassUid);
            string? modality = header.Dataset.GetString(DicomTags.Modality);
            if (sopClass == DicomSopClasses.Segmentation || modality == "SEG")
            {
                scanner.Segmentations.Add(header);
            }
            else if (sopClass == DicomSopClasses.RtStructureSet || modality == "RTSTRUCT")
            {
                scanner.StructureSets.Add(header);
            }
            else if (modality == "SR" || sopClass?.StartsWith("1.2.840.10008.5.1.4.1.1.88.", StringComparison.Ordinal) == true)
            {
                scanner.Reports.Add(header);
            }
            else if (header.PixelDataOffset is not null || header.Dataset.Contains(DicomTags.Rows))
            {
                scanner.Images.Add(header);
            }
            else
            {
                skipped++;
            }
        }

        if (skipped > 0)
        {
            scanner.Notes.Add($"{folderOrFile}: skipped {skipped} file(s) that are not DICOM images, structure sets or segmentations");
        }

        return scanner;
    }

    /// <summary>The image files grouped by Series Instance UID, in order of first appearance.</summary>
    public IReadOnlyList<(string Uid, List<DicomFile> Files)> ImageSeries()
    {
        var groups = new List<(string Uid, List<DicomFile> Files)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (DicomFile file in Images)
        {
            string uid = file.Dataset.GetString(DicomTags.SeriesInstanceUid) ?? "(no SeriesInstanceUID)";
            if (!index.TryGetValue(uid, out int i))
            {
                i = groups.Count;
                index[uid] = i;
                groups.Add((uid, new List<DicomFile>()));
            }

            groups[i].Files.Add(file);
        }

        return groups;
    }
}
