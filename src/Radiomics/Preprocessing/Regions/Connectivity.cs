namespace Radiomics.Preprocessing.Regions;

/// <summary>Which neighbours of a voxel count as connected to it.</summary>
public enum Connectivity
{
    /// <summary>The 6 voxels sharing a face (in one slice: the 4 sharing an edge).</summary>
    Face = 6,

    /// <summary>The 18 voxels sharing a face or an edge (in one slice: all 8 neighbours).</summary>
    FaceEdge = 18,

    /// <summary>All 26 voxels sharing a face, an edge or a corner (ITK's FullyConnectedOn; in one slice: 8 neighbours).</summary>
    Full = 26,
}
