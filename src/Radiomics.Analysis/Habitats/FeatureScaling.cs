namespace Radiomics.Analysis.Habitats;

/// <summary>What is done to the features before clustering.</summary>
public enum FeatureScaling
{
    /// <summary>Clustered as given.</summary>
    None,

    /// <summary>Each feature z-scored with the population SD (ddof 0) of the rows being clustered (<see cref="ZScoreScaling"/>).</summary>
    ZScore,
}
