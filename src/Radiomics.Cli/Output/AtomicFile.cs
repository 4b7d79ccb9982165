namespace Radiomics.Cli.Output;

/// <summary>Writes a file so that it either appears complete or not at all: a temporary sibling, then a rename.</summary>
public static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write)
    {
        string fullPath = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(fullPath) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"{path}: the output folder '{directory}' does not exist");
        }

        string temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, false, new System.Text.UTF8Encoding(false)))
            {
                write(writer);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
