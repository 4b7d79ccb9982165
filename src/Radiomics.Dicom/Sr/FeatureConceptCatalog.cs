using System.Text;
using Radiomics.Dicom.Coding;
using Radiomics.Features;
using Radiomics.Features.Ibsi;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// Maps feature output names to SR concept names, from the feature registries (nothing is listed by hand):
/// <list type="bullet">
/// <item>PyRadiomics-shaped names <c>imageType_family_Feature</c> (families of <see cref="FeatureRegistry"/>) and
/// IBSI-profile tags <c>family_feature</c> (morph, loc, stat, ih, ivh) get the feature's IBSI identifier in the private
/// scheme <see cref="IbsiScheme"/> when it has one (<see cref="FeatureInfo.IbsiId"/>), else a code
/// <c>family.Feature</c> in <see cref="PrivateScheme"/>;</item>
/// <item>IBSI-profile texture tags (<c>cm_…</c>, <c>rlm_…</c>, <c>szm_…</c>, <c>dzm_…</c>, <c>ngt_…</c>, <c>ngl_…</c>)
/// get their tag as a <see cref="PrivateScheme"/> code (the IBSI texture table carries no identifiers);</item>
/// <item>anything else (diagnostics, IBSI image/ROI descriptors such as <c>img_dim_x_init_img</c>) is not a feature
/// and maps to nothing.</item>
/// </list>
/// One IBSI code always has one meaning, that of the first feature carrying it (PyRadiomics families first, features
/// computed by default before those computed only on request); the exact output name travels with every measurement
/// as its Equivalent Meaning of Concept Name.
/// </summary>
public static class FeatureConceptCatalog
{
    /// <summary>Coding scheme designator of IBSI feature identifiers (a private scheme: IBSI codes are not DICOM codes).</summary>
    public const string IbsiScheme = "99IBSI";

    /// <summary>Coding scheme designator of Radiomics.NET's own feature codes.</summary>
    public const string PrivateScheme = "99RADIOMICSNET";

    /// <summary>The Coding Scheme Identification (0008,0110) of the two private schemes: designator, name, responsible organisation.</summary>
    public static IReadOnlyList<(string Designator, string Name, string Organization)> PrivateSchemes { get; } =
    [
        (IbsiScheme, "IBSI feature identifiers (Image Biomarker Standardisation Initiative reference manual)", "Image Biomarker Standardisation Initiative"),
        (PrivateScheme, "Radiomics.NET feature names (family.Feature, or an IBSI tag)", "Radiomics.NET developers"),
    ];

    /// <summary>The families whose outputs are IBSI-profile tags <c>family_feature</c>.</summary>
    public static IReadOnlyList<IFeatureFamily> IbsiFamilies { get; } =
    [
        new MorphologyFamily(), new LocalIntensityFamily(), new IntensityStatisticsFamily(), new IntensityHistogramFamily(), new IntensityVolumeHistogramFamily(),
    ];

    private static readonly string[] IbsiTexturePrefixes = ["cm", "rlm", "szm", "dzm", "ngt", "ngl"];

    private static readonly Lazy<Dictionary<string, string>> IbsiMeanings = new(BuildIbsiMeanings);

    /// <summary>The concept of <paramref name="outputName"/>, or null when it is not a feature.</summary>
    public static FeatureConcept? Find(string outputName)
    {
        string[] parts = outputName.Split('_');
        if (parts.Length == 3 && FeatureRegistry.Find(parts[1]) is { } family && family.Features.FirstOrDefault(f => f.Name == parts[2]) is { } feature)
        {
            return Concept(outputName, parts[0], family, feature);
        }

        if (parts.Length >= 2 && IbsiFamilies.FirstOrDefault(f => f.Name == parts[0]) is { } ibsiFamily)
        {
            string name = string.Join('_', parts[1..]);
            if (ibsiFamily.Features.FirstOrDefault(f => f.Name == name) is { } ibsiFeature)
            {
                return Concept(outputName, "original", ibsiFamily, ibsiFeature);
            }
        }

        if (parts.Length >= 2 && IbsiTexturePrefixes.Contains(parts[0]))
        {
            string meaning = $"IBSI {parts[0]} {string.Join(' ', parts[1..])}";
            return new FeatureConcept(outputName, "original", parts[0], string.Join('_', parts[1..]), new CodedConcept(outputName, PrivateScheme, meaning), UnitKind.Unitless);
        }

        return null;
    }

    /// <summary>
    /// Every feature of the PyRadiomics registry (image type "original") and of the IBSI-profile families, in registry
    /// order: the mapping table of docs/dicom-sr.md is generated from this.
    /// </summary>
    public static IEnumerable<FeatureConcept> All()
    {
        foreach (IFeatureFamily family in FeatureRegistry.Families)
        {
            foreach (FeatureInfo feature in family.Features)
            {
                yield return Concept($"original_{family.Name}_{feature.Name}", "original", family, feature);
            }
        }

        foreach (IFeatureFamily family in IbsiFamilies)
        {
            foreach (FeatureInfo feature in family.Features)
            {
                yield return Concept($"{family.Name}_{feature.Name}", "original", family, feature);
            }
        }
    }

    private static FeatureConcept Concept(string outputName, string imageType, IFeatureFamily family, FeatureInfo feature)
    {
        CodedConcept code = feature.IbsiId is { } id
            ? new CodedConcept(id, IbsiScheme, IbsiMeanings.Value[id])
            : new CodedConcept($"{family.Name}.{feature.Name}", PrivateScheme, Meaning(family, feature));
        return new FeatureConcept(outputName, imageType, family.Name, feature.Name, code, FeatureUnits.Of(family.Name, feature.Name));
    }

    private static Dictionary<string, string> BuildIbsiMeanings()
    {
        var meanings = new Dictionary<string, string>(StringComparer.Ordinal);
        var ordered = FeatureRegistry.Families.SelectMany(f => f.Features.Where(x => !x.OnlyWhenRequested).Select(x => (f, x)))
            .Concat(FeatureRegistry.Families.SelectMany(f => f.Features.Select(x => (f, x))))
            .Concat(IbsiFamilies.SelectMany(f => f.Features.Select(x => (f, x))));
        foreach (var (family, feature) in ordered)
        {
            if (feature.IbsiId is { } id)
            {
                meanings.TryAdd(id, Meaning(family, feature));
            }
        }

        return meanings;
    }

    /// <summary>A readable name: the family's display name and the feature's words ("GLCM Joint Entropy", "Morphology vol approx").</summary>
    private static string Meaning(IFeatureFamily family, FeatureInfo feature)
    {
        string display = family.Name switch
        {
            "shape" => "Shape",
            "shape2D" => "Shape 2D",
            "firstorder" => "First Order",
            "morph" => "Morphology",
            "loc" => "Local Intensity",
            "stat" => "Intensity Statistics",
            "ih" => "Intensity Histogram",
            "ivh" => "Intensity-Volume Histogram",
            _ => family.Name.ToUpperInvariant(),
        };
        return display + " " + (feature.Name.Contains('_') || feature.Name.All(c => !char.IsUpper(c)) ? feature.Name.Replace('_', ' ') : Words(feature.Name));
    }

    /// <summary>Splits a PascalCase name into words: "Maximum2DDiameterSlice" → "Maximum 2D Diameter Slice", "10Percentile" → "10 Percentile".</summary>
    private static string Words(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (i > 0)
            {
                char previous = name[i - 1];
                bool nextLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                bool wordStart = (char.IsUpper(c) && (char.IsLower(previous) || (nextLower && (char.IsUpper(previous) || char.IsDigit(previous)))))
                    || (char.IsDigit(c) && char.IsLower(previous));
                if (wordStart)
                {
                    text.Append(' ');
                }
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
