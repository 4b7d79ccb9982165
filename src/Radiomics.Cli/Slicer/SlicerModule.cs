using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Slicer;

/// <summary>
/// Radiomics.NET as a 3D Slicer command-line (CLI) module: what <c>radiomics --xml</c> declares and
/// <see cref="SlicerCommand"/> accepts. Slicer runs the module as <c>radiomics [--label N] IMAGE MASK TABLE PARAMS</c>:
/// every flag with its value first, then the positional parameters in index order (image, label map, the table it
/// reads back, the parameter file). The description keeps to what the published schema
/// (SlicerExecutionModel's <c>ModuleDescription.xsd</c>) accepts: no acknowledgements, no output scalars, image, file
/// and table parameters positional only.
/// </summary>
internal static class SlicerModule
{
    public const string Category = "Quantification";

    public const string Title = "Radiomics.NET";

    public const string Description =
        "Extracts the radiomics features (PyRadiomics-compatible, IBSI-compliant) of one label of a label map over an image, into a table of feature names and values.";

    public const string DocumentationUrl = "https://github.com/radiomics-net/radiomics-net/blob/main/docs/slicer.md";

    public const string License = "BSD-3-Clause";

    public const string Contributor = "Radiomics.NET developers";

    public static SlicerParameter Image { get; } = new("image", "inputImage", "Image", "The image whose intensities the features describe")
    {
        Type = "scalar", Channel = "input", Index = 0,
    };

    public static SlicerParameter Mask { get; } = new("image", "inputMask", "Label map", "The label map holding the region of interest (its voxels equal to Label)")
    {
        Type = "label", Channel = "input", Index = 1,
    };

    public static SlicerParameter Table { get; } = new("table", "outputTable", "Features", "The features: one row per feature, its name and value")
    {
        Channel = "output", Index = 2, FileExtensions = ".csv",
    };

    public static SlicerParameter ParameterFile { get; } = new("file", "parameterFile", "Parameter file",
        "A PyRadiomics parameter file (.yaml, .yml or .json): image types, feature classes and settings. default.yaml beside the launcher holds PyRadiomics' defaults")
    {
        Channel = "input", Index = 3, FileExtensions = ".yaml,.yml,.json",
    };

    public static SlicerParameter Label { get; } = new("integer", "label", "Label", "The value of the region of interest in the label map (overrides the parameter file's label)")
    {
        LongFlag = "label", Default = "1", Constraints = (1, 255, 1),
    };

    public static IReadOnlyList<SlicerParameterGroup> Groups { get; } =
    [
        new("Input and output", "The image, its label map and the table of features", [Image, Mask, Table]),
        new("Settings", "How the features are extracted", [ParameterFile, Label]),
    ];

    /// <summary>The version Slicer shows: the tool's.</summary>
    public static string Version => CommandLineTool.Version;
}
