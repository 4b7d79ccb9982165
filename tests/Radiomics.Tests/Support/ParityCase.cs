using Radiomics;
using Radiomics.Configuration;
using Radiomics.Extraction;

namespace Radiomics.Tests.Support;

/// <summary>The PyRadiomics parity cases of pyradiomics-parity/README.md: image, mask, parameter file, reference JSON.</summary>
public sealed record ParityCase(string Name, string Image, string Mask, string ParameterFile, string Reference)
{
    public static ParityCase DigitalPhantom => new("digital-phantom",
        "ibsi1/digital_phantom/nifti/image/phantom.nii.gz", "ibsi1/digital_phantom/nifti/mask/mask.nii.gz",
        "pyradiomics-parity/digital-phantom.params.yaml", "pyradiomics-parity/digital-phantom.pyradiomics.json");

    public static ParityCase CtPhantomOriginal => new("ct-phantom-original",
        "ibsi1/ct_phantom/nifti/image/phantom.nii.gz", "ibsi1/ct_phantom/nifti/mask/mask.nii.gz",
        "pyradiomics-parity/ct-phantom-original.params.yaml", "pyradiomics-parity/ct-phantom-original.pyradiomics.json");

    public static ParityCase CtPhantomFilters => new("ct-phantom-filters",
        "ibsi1/ct_phantom/nifti/image/phantom.nii.gz", "ibsi1/ct_phantom/nifti/mask/mask.nii.gz",
        "pyradiomics-parity/ct-phantom-filters.params.yaml", "pyradiomics-parity/ct-phantom-filters.pyradiomics.json");

    public static IEnumerable<ParityCase> Original => [DigitalPhantom, CtPhantomOriginal];

    public IReadOnlyDictionary<string, double> ReadReference() => ParityReference.Read(TestData.Require(Reference));

    /// <summary>Runs the extraction with the case's own parameter file, unchanged.</summary>
    public FeatureResult Run() => Run(Radiomics.Extraction.PipelineParameters.Load(TestData.Require(ParameterFile)));

    /// <summary>
    /// Runs the extraction with the case's settings and image types but only <paramref name="featureClasses"/>
    /// (the parameter file's own featureClass section is dropped, so a family can be checked on its own).
    /// </summary>
    public FeatureResult RunClasses(params string[] featureClasses)
    {
        string path = TestData.Require(ParameterFile);
        string text = string.Join('\n', DropSection(File.ReadAllLines(path), "featureClass"));
        ExtractionParameters parameters = Radiomics.Extraction.PipelineParameters.Parse(text, path) with
        {
            FeatureClasses = featureClasses.Select(c => new FeatureClassRequest(c, null)).ToArray(),
        };
        return Run(parameters);
    }

    public FeatureResult Run(ExtractionParameters parameters) =>
        new RadiomicsExtractor(parameters).Extract(TestData.Require(Image), TestData.Require(Mask));

    private static IEnumerable<string> DropSection(IEnumerable<string> lines, string section)
    {
        bool inSection = false;
        foreach (string line in lines)
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && !line.StartsWith('#'))
            {
                inSection = line.StartsWith(section + ":", StringComparison.Ordinal);
            }

            if (!inSection)
            {
                yield return line;
            }
        }
    }
}
