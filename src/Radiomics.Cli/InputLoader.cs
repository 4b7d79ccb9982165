using Radiomics.Extraction;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Cli;

/// <summary>Loads an image or mask given on the command line, choosing the reader from the path.</summary>
internal static class InputLoader
{
    public static ImageData LoadImage(string path) => ImageReader.Read(path);

    public static InputDescription Describe(string path) => InputDescription.FromPath(path);
}
