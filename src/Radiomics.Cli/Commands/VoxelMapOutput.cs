using System.Text.Json;
using Radiomics.Cli.Output;
using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Extraction.Voxel;
using Radiomics.IO;

namespace Radiomics.Cli.Commands;

/// <summary>
/// <c>radiomics extract IMAGE MASK --mode voxel --out-dir DIR</c>: every voxel map as DIR/&lt;map name&gt;.nrrd (or
/// .nii.gz), plus DIR/voxel-maps.json (tool version, inputs with their SHA-256, parameter file, effective settings, the
/// grid and the list of maps). Maps are first written to a hidden folder inside DIR and moved into place only when all
/// are done, the sidecar last: on failure DIR is left as it was, and a DIR whose voxel-maps.json lists a map holds it
/// complete.
/// </summary>
internal static class VoxelMapOutput
{
    public const string SidecarName = "voxel-maps.json";

    public static int Run(ExtractionParameters parameters, LoadedCase loaded, string imagePath, string maskPath, string outDir,
        string format, IReadOnlyCollection<string>? features, TextWriter error)
    {
        string extension = format switch
        {
            "nrrd" => ".nrrd",
            "nifti" => ".nii.gz",
            _ => throw new UsageException($"--format must be nrrd or nifti with --mode voxel, not '{format}'"),
        };
        string target = Path.GetFullPath(outDir);
        string? parent = Path.GetDirectoryName(target.TrimEnd(Path.DirectorySeparatorChar));
        if (parent is not null && !Directory.Exists(parent))
        {
            throw new UsageException($"--out-dir {outDir}: the folder '{parent}' does not exist");
        }

        if (File.Exists(target))
        {
            throw new UsageException($"--out-dir {outDir} is a file, not a folder");
        }

        var extractor = new VoxelExtractor(parameters);
        bool created = !Directory.Exists(target);
        Directory.CreateDirectory(target);
        string staging = Path.Combine(target, $".voxel-maps-{Environment.ProcessId}.tmp");
        Directory.CreateDirectory(staging);
        var written = new List<(string Name, string File, Imaging.Size3 Size)>();
        Imaging.ImageGeometry? grid = null;
        try
        {
            var progress = new VoxelProgressDisplay(error);
            progress.Run(report => extractor.Extract(loaded.Image, loaded.Mask, map =>
            {
                string file = map.Name + extension;
                ImageWriter.Write(map.Map, Path.Combine(staging, file));
                written.Add((map.Name, file, map.Map.Size));
                grid ??= map.Map.Geometry;
            }, features, report));

            if (written.Count == 0)
            {
                throw new UsageException("no voxel map to compute: the parameters enable no firstorder or texture feature");
            }

            WriteSidecar(Path.Combine(staging, SidecarName), extractor, imagePath, maskPath, grid!, written.Select(w => (w.Name, w.File)).ToArray(), format);
            Publish(staging, target, written.Select(w => w.File));
        }
        catch (ArgumentException e) when (e.Message.Contains("not enabled by the parameters", StringComparison.Ordinal))
        {
            throw new UsageException($"--features: {e.Message}");
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            if (created && Directory.Exists(target) && !Directory.EnumerateFileSystemEntries(target).Any())
            {
                Directory.Delete(target); // a failed run leaves no trace
            }
        }

        error.WriteLine($"radiomics: wrote {written.Count} voxel map(s) and {SidecarName} to {outDir}");
        return 0;
    }

    /// <summary>Moves the maps into place, the sidecar (the completion marker) last.</summary>
    private static void Publish(string staging, string target, IEnumerable<string> files)
    {
        string sidecar = Path.Combine(target, SidecarName);
        if (File.Exists(sidecar))
        {
            File.Delete(sidecar); // an old sidecar must not vouch for a half-replaced folder
        }

        foreach (string file in files)
        {
            File.Move(Path.Combine(staging, file), Path.Combine(target, file), overwrite: true);
        }

        File.Move(Path.Combine(staging, SidecarName), sidecar, overwrite: true);
    }

    private static void WriteSidecar(string path, VoxelExtractor extractor, string imagePath, string maskPath, Imaging.ImageGeometry grid,
        IReadOnlyList<(string Name, string File)> maps, string format)
    {
        ExtractionParameters parameters = extractor.Parameters;
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("tool", "Radiomics.NET");
        json.WriteString("version", VoxelExtractor.Version);
        json.WriteString("mode", "voxel");
        json.WriteString("created", DateTime.UtcNow.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
        WriteInput(json, "image", imagePath);
        WriteInput(json, "mask", maskPath);
        json.WriteString("parameterFile", parameters.Source);
        if (parameters.SourceText is not null)
        {
            json.WriteString("parameterFileSha256", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(parameters.SourceText))));
            json.WriteString("parameterFileText", parameters.SourceText);
        }

        json.WritePropertyName("settings");
        json.WriteRawValue(SettingsFormatter.ToJson(parameters.Settings));
        json.WriteStartObject("imageTypes");
        foreach (ImageTypeRequest type in parameters.ImageTypes)
        {
            json.WritePropertyName(type.Name);
            SettingsFormatter.WriteOverrides(json, type.Overrides);
        }

        json.WriteEndObject();
        json.WriteStartObject("grid");
        json.WriteStartArray("size");
        json.WriteNumberValue(grid.Size.X);
        json.WriteNumberValue(grid.Size.Y);
        json.WriteNumberValue(grid.Size.Z);
        json.WriteEndArray();
        WriteVector(json, "spacing", grid.Spacing);
        WriteVector(json, "origin", grid.Origin);
        json.WriteStartArray("direction");
        foreach (double d in grid.Direction.ToArray())
        {
            json.WriteNumberValue(d);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteString("format", format);
        json.WriteStartArray("maps");
        foreach (var (name, file) in maps)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("file", file);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteInput(Utf8JsonWriter json, string name, string path)
    {
        InputDescription description = InputLoader.Describe(path);
        json.WriteStartObject(name);
        json.WriteString("path", description.Name);
        if (description.FileSha256 is not null)
        {
            json.WriteString("sha256", description.FileSha256);
        }
        else
        {
            json.WriteNull("sha256");
        }

        json.WriteEndObject();
    }

    private static void WriteVector(Utf8JsonWriter json, string name, Imaging.Vector3D v)
    {
        json.WriteStartArray(name);
        json.WriteNumberValue(v.X);
        json.WriteNumberValue(v.Y);
        json.WriteNumberValue(v.Z);
        json.WriteEndArray();
    }
}
