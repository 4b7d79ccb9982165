namespace Radiomics.Analysis.Habitats;

/// <summary>How k-means picks its starting centres.</summary>
public enum KMeansInitialisation
{
    /// <summary>
    /// k-means++ (Arthur and Vassilvitskii 2007): the first centre a uniformly drawn voxel, each next one drawn with
    /// probability proportional to its squared distance to the nearest centre already chosen (one draw per centre, not
    /// scikit-learn's greedy several-candidates variant), from <see cref="KMeansOptions.Seed"/>.
    /// </summary>
    KMeansPlusPlus,

    /// <summary>The centres in <see cref="KMeansOptions.InitialCentres"/> (R: <c>kmeans(x, centers = C)</c>).</summary>
    Given,
}
