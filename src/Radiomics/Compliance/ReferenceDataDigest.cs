using System.Security.Cryptography;
using System.Text;

namespace Radiomics.Compliance;

/// <summary>
/// The SHA-256 of every reference file a check read, and one digest over them, so a report names exactly the data it
/// was checked against. The digest is that of the text <c>sha256sum</c> prints for those files from the data root,
/// sorted by path (<c>"&lt;hex&gt;  &lt;relative/path&gt;\n"</c> per file, ordinal order): with the paths of a JSON
/// report, <c>cd DATA &amp;&amp; sha256sum $(jq -r '.referenceData.files[].path' report.json) | LC_ALL=C sort -k2 | sha256sum</c>
/// reproduces it. The embedded copy and the repository's <c>tests/data</c> give the same digest.
/// </summary>
/// <param name="Sha256">The digest over <paramref name="Files"/>, lower-case hex.</param>
/// <param name="Files">Each file and its hash, in ordinal path order.</param>
public sealed record ReferenceDataDigest(string Sha256, IReadOnlyList<ReferenceFileHash> Files)
{
    /// <summary>
    /// The digest of the files <paramref name="relativePaths"/> (forward slashes) under <paramref name="root"/> that
    /// exist; a subset run on a partial copy covers what that copy holds.
    /// </summary>
    public static ReferenceDataDigest Compute(string root, IEnumerable<string> relativePaths)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(relativePaths);
        var files = new List<ReferenceFileHash>();
        foreach (string relative in relativePaths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            string path = System.IO.Path.Combine(root, relative);
            if (File.Exists(path))
            {
                using FileStream file = File.OpenRead(path);
                files.Add(new ReferenceFileHash(relative, Convert.ToHexStringLower(SHA256.HashData(file))));
            }
        }

        string listing = string.Concat(files.Select(f => $"{f.Sha256}  {f.Path}\n"));
        return new ReferenceDataDigest(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing))), files);
    }
}
