using System.Text.RegularExpressions;
using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Tests.Support;

namespace Radiomics.Cli.Tests.DicomOutput;

/// <summary>
/// What written objects reference, read by DCMTK's <c>dcmdump</c> (an independent parser): every Referenced SOP
/// Instance UID (0008,1155) at any depth; and what the inputs hold: their SOP Instance UIDs, read by our parser.
/// </summary>
internal static partial class DicomReferences
{
    /// <summary>Every (0008,1155) value anywhere in <paramref name="file"/>.</summary>
    public static HashSet<string> ReferencedInstances(string file)
    {
        DicomTools.Output dump = DicomTools.Run("dcmdump", "+P", "0008,1155", file);
        Assert.Equal(0, dump.ExitCode);
        return Uid().Matches(dump.StandardOutput).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The SOP Instance UIDs of the DICOM files <paramref name="paths"/> name (files, or folders searched recursively).</summary>
    public static HashSet<string> InstancesIn(params string[] paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]);
        return files.Where(DicomFile.IsDicom)
            .Select(f => DicomFile.ReadHeader(f).Dataset.GetString(DicomTags.SopInstanceUid)!)
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\(0008,1155\) UI \[([0-9.]+)\]", RegexOptions.Multiline)]
    private static partial Regex Uid();
}
