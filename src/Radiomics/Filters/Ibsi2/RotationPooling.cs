namespace Radiomics.Filters.Ibsi2;

/// <summary>How the responses of the rotated filters are combined into a rotation-invariant map (IBSI 2, O1AQ).</summary>
public enum RotationPooling
{
    /// <summary>The voxel-wise maximum over the rotations.</summary>
    Max,

    /// <summary>The voxel-wise mean over the rotations.</summary>
    Average,

    /// <summary>The voxel-wise minimum over the rotations.</summary>
    Min,
}
