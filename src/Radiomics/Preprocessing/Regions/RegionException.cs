namespace Radiomics.Preprocessing.Regions;

/// <summary>A region operation cannot run on its inputs (masks on different grids, a distance that is not a finite non-negative number); the message is one line naming them.</summary>
public sealed class RegionException(string message) : Exception(message);
