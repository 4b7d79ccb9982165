namespace Radiomics.Features.FirstOrder;

/// <summary>PyRadiomics' <c>firstorder</c> feature class: the registry of its features and their formulas.</summary>
public sealed class FirstOrderFamily : IFeatureFamily
{
    private static readonly (FeatureInfo Info, FeatureFormula<FirstOrderCoefficients> Compute)[] Table =
    [
        (new("10Percentile", "QG58"), FirstOrderFeatures.Percentile10),
        (new("90Percentile", "8DWT"), FirstOrderFeatures.Percentile90),
        (new("Energy", "N8CA"), FirstOrderFeatures.Energy),
        (new("Entropy", "TLU2"), FirstOrderFeatures.Entropy),
        (new("InterquartileRange", "SALO"), FirstOrderFeatures.InterquartileRange),
        (new("Kurtosis", "IPH6"), FirstOrderFeatures.Kurtosis),
        (new("Maximum", "84IY"), FirstOrderFeatures.Maximum),
        (new("MeanAbsoluteDeviation", "4FUA"), FirstOrderFeatures.MeanAbsoluteDeviation),
        (new("Mean", "Q4LE"), FirstOrderFeatures.Mean),
        (new("Median", "Y12H"), FirstOrderFeatures.Median),
        (new("Minimum", "1GSF"), FirstOrderFeatures.Minimum),
        (new("Range", "2OJQ"), FirstOrderFeatures.Range),
        (new("RobustMeanAbsoluteDeviation", "1128"), FirstOrderFeatures.RobustMeanAbsoluteDeviation),
        (new("RootMeanSquared", "5ZWQ"), FirstOrderFeatures.RootMeanSquared),
        (new("Skewness", "KE2A"), FirstOrderFeatures.Skewness),
        (new("StandardDeviation", null, OnlyWhenRequested: true), FirstOrderFeatures.StandardDeviation),
        (new("TotalEnergy", null), FirstOrderFeatures.TotalEnergy),
        (new("Uniformity", "BJ5W"), FirstOrderFeatures.Uniformity),
        (new("Variance", "ECT3"), FirstOrderFeatures.Variance),
    ];

    /// <inheritdoc/>
    public string Name => "firstorder";

    /// <inheritdoc/>
    public IReadOnlyList<FeatureInfo> Features { get; } = Table.Select(t => t.Info).ToArray();

    /// <inheritdoc/>
    /// <remarks>Only Entropy and Uniformity read grey levels (the discretised ROI's histogram); the others read the intensities.</remarks>
    public bool ReadsGreyLevels(IReadOnlyList<FeatureInfo> requested) => requested.Any(f => f.Name is "Entropy" or "Uniformity");

    /// <inheritdoc/>
    public double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested)
    {
        var coefficients = new FirstOrderCoefficients(FirstOrderStatistics.Compute(input));
        var values = new double[requested.Count];
        for (int i = 0; i < requested.Count; i++)
        {
            values[i] = Array.Find(Table, t => t.Info == requested[i]).Compute(coefficients);
        }

        return values;
    }

    /// <summary>The formulas of <paramref name="requested"/> (registry entries of this family), in the same order.</summary>
    internal static FeatureFormula<FirstOrderCoefficients>[] Formulas(IReadOnlyList<FeatureInfo> requested) =>
        FeatureFormulas.Select<FirstOrderCoefficients>(Table, requested, "firstorder");
}
