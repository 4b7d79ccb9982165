namespace Radiomics.Features;

/// <summary>
/// A feature family ("firstorder", "shape", "glcm", …). A family lists its features and computes the
/// requested ones from a <see cref="FeatureInput"/>; shared intermediate results (matrices, meshes) are
/// built once per call.
/// </summary>
public interface IFeatureFamily
{
    /// <summary>The family name used in parameter files and output names (PyRadiomics' featureClass key).</summary>
    string Name { get; }

    /// <summary>Every feature of the family in output order.</summary>
    IReadOnlyList<FeatureInfo> Features { get; }

    /// <summary>
    /// Computes <paramref name="requested"/> (a subset of <see cref="Features"/>, in registry order) and returns
    /// one value per requested feature, in the same order. NaN where a feature is mathematically undefined.
    /// </summary>
    double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested);

    /// <summary>
    /// Whether computing <paramref name="requested"/> reads the grey levels (<see cref="FeatureInput.Discretised"/>). An
    /// extraction runs the discretisation stage for an image type only when some enabled family says so, and a family
    /// that reads the levels without saying so fails there. Defaults to true (every texture family reads them).
    /// </summary>
    bool ReadsGreyLevels(IReadOnlyList<FeatureInfo> requested) => true;
}
