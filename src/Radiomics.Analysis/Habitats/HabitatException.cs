namespace Radiomics.Analysis.Habitats;

/// <summary>Clustering cannot run on its input (too few voxels for the clusters asked, a non-finite feature value, a singular mixture component); the message is one line naming the problem.</summary>
public sealed class HabitatException(string message) : Exception(message);
