namespace Radiomics.Configuration;

/// <summary>How an IBSI 2 filter is made rotation invariant: pooling its response over the right-angle rotations.</summary>
public enum RotationInvariance
{
    /// <summary><c>none</c>: the filter as oriented.</summary>
    None,

    /// <summary><c>max</c>: the maximum response over the rotations.</summary>
    Max,

    /// <summary><c>average</c>: the mean response over the rotations.</summary>
    Average,
}
