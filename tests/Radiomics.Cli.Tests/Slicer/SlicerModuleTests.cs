using System.Globalization;
using System.Xml.Linq;
using Radiomics.Cli.Tests.CommandLine;
using Radiomics.Cli.Tests.Dicom;
using Radiomics.Dicom.Tests.Support;
using Radiomics.Tests.Support;

namespace Radiomics.Cli.Tests.Slicer;

/// <summary>
/// Radiomics.NET as a 3D Slicer CLI module: <c>radiomics --xml</c> is valid against SlicerExecutionModel's schema and
/// declares what Slicer needs; the launcher passes Slicer's invocation on; the command line built from the XML as
/// Slicer builds it writes the feature table, equal to <c>extract --format json</c> of the same inputs.
/// </summary>
public sealed class SlicerModuleTests(SlicerWorkspace work) : IClassFixture<SlicerWorkspace>
{
    private static string Xml()
    {
        var (code, output, error) = CliRunner.Run("--xml");
        Assert.True(code == 0, error);
        return output;
    }

    [Fact]
    public void Xml_ValidatesAgainstTheSlicerExecutionModelSchema()
    {
        string file = work.PathIn("module.xml");
        File.WriteAllText(file, Xml());

        DicomTools.Output lint = DicomTools.Run("xmllint", "--noout", "--schema", TestData.Require("slicer/ModuleDescription.patched.xsd"), file);

        Assert.True(lint.ExitCode == 0, lint.All);
        Assert.Contains("validates", lint.StandardError);
    }

    [Fact]
    public void Xml_DeclaresImageLabelMapTableAndParameterFilePositionally_AndTheLabelFlag()
    {
        XDocument xml = XDocument.Parse(Xml());
        var parameters = SlicerCommandLine.Parameters(xml).ToDictionary(p => p.Name);

        Assert.Equal(["category", "title", "description", "version", "documentation-url", "license", "contributor", "parameters", "parameters"],
            xml.Root!.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(("image", "scalar", 0), (parameters["inputImage"].Tag, parameters["inputImage"].Type, parameters["inputImage"].Index!.Value));
        Assert.Equal(("image", "label", 1), (parameters["inputMask"].Tag, parameters["inputMask"].Type, parameters["inputMask"].Index!.Value));
        Assert.Equal(("table", ".csv", 2), (parameters["outputTable"].Tag, parameters["outputTable"].FileExtensions, parameters["outputTable"].Index!.Value));
        Assert.Equal(("file", 3), (parameters["parameterFile"].Tag, parameters["parameterFile"].Index!.Value));
        Assert.Equal(("integer", "label", "1"), (parameters["label"].Tag, parameters["label"].LongFlag, parameters["label"].Default));
        Assert.Equal(Radiomics.Cli.Syntax.CommandLineTool.Version, (string?)xml.Root.Element("version"));
    }

    [Fact]
    public void Launcher_PassesXmlOn()
    {
        var (code, output, error) = work.RunLauncher(["--xml"]);

        Assert.True(code == 0, error);
        Assert.Equal(Xml(), output);
    }

    /// <summary>
    /// Slicer writes the image and label map as NRRD files, builds the command line from the XML (flags at their
    /// defaults, then the index parameters in order) and runs the launcher; the table it reads back holds every feature
    /// of <c>extract --format json</c> on the same files, with the same value.
    /// </summary>
    [Fact]
    public void RunAsSlicerWould_WritesTheFeatureTableSlicerReads()
    {
        var (image, mask) = NrrdPhantom();
        string parameterFile = TestData.Require("pyradiomics-parity/ct-phantom-original.params.yaml");
        string table = work.PathIn("BCDEF_vtkMRMLTableNodeB.csv");
        List<string> arguments = SlicerCommandLine.Build(XDocument.Parse(Xml()), p => p switch
        {
            { Tag: "image", Type: "label" } => mask,
            { Tag: "image" } => image,
            { Tag: "table" } => table,
            { Tag: "file" } => parameterFile,
            _ => throw new InvalidOperationException($"no value for index parameter {p.Name}"),
        });
        Assert.Equal(["--label", "1", image, mask, table, parameterFile], arguments);

        var (code, output, error) = work.RunLauncher(arguments);

        Assert.True(code == 0, error);
        Assert.Contains("wrote 107 features of label 1", output);
        string[] lines = File.ReadAllLines(table);
        Assert.Equal("Feature,Value", lines[0]);
        Assert.Equal(["columnName,type", "Feature,string", "Value,double"], File.ReadAllLines(work.PathIn("BCDEF_vtkMRMLTableNodeB.schema.csv")));
        IReadOnlyDictionary<string, double> expected = CtPhantomDicomFixture.ExtractFeatures(work.PathIn("expected.json"), "extract", image, mask, "-p", parameterFile, "--label", "1");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rows.Select(r => r[0]).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(expected[r[0]].ToString("R", CultureInfo.InvariantCulture), r[1]));
    }

    [Fact]
    public void ThreePaths_UsePyRadiomicsDefaults_AsDefaultYamlBesideTheLauncherDoes()
    {
        var (image, mask) = NrrdPhantom();
        string withoutFile = work.PathIn("defaults.csv"), withDefaultYaml = work.PathIn("default-yaml.csv");

        var three = CliRunner.Run(image, mask, withoutFile);
        var four = CliRunner.Run("--label", "1", image, mask, withDefaultYaml, Path.Combine(work.RepositoryRoot, "tools", "slicer", "default.yaml"));

        Assert.True(three.ExitCode == 0, three.Error);
        Assert.True(four.ExitCode == 0, four.Error);
        Assert.Equal(File.ReadAllText(withoutFile), File.ReadAllText(withDefaultYaml));
        Assert.Equal(CtPhantomDicomFixture.ExtractFeatures(work.PathIn("defaults.json"), "extract", image, mask).Count + 1, File.ReadAllLines(withoutFile).Length);
    }

    [Fact]
    public void SlicerForm_WrongTableOrParameterFile_IsAOneLineUsageError()
    {
        var (image, mask) = NrrdPhantom();

        OneLine.AssertError(CliRunner.Run("slicer", image, mask, work.PathIn("t.txt")), 2, "TABLE", ".csv");
        OneLine.AssertError(CliRunner.Run(image, mask, work.PathIn("t.csv"), work.PathIn("p.txt")), 2, "IMAGE MASK TABLE.csv [PARAMS]");
        OneLine.AssertError(CliRunner.Run("--label", "0", image, mask, work.PathIn("t.csv")), 2, "--label");
        Assert.False(File.Exists(work.PathIn("t.csv")));
    }

    /// <summary>The IBSI CT phantom as the NRRD files Slicer would write for it (converted once per test class).</summary>
    private (string Image, string Mask) NrrdPhantom()
    {
        string image = work.PathIn("image.nrrd"), mask = work.PathIn("labelmap.nrrd");
        lock (work)
        {
            if (!File.Exists(mask))
            {
                var run = CliRunner.Run("convert", TestData.IbsiCtPhantomImage, "--out", image, "--mask", TestData.IbsiCtPhantomMask, "--mask-out", mask);
                Assert.True(run.ExitCode == 0, run.Error);
            }
        }

        return (image, mask);
    }
}
