namespace Radiomics.Configuration;

/// <summary>scikit-image's <c>local_binary_pattern</c> methods (PyRadiomics <c>lbp2DMethod</c>).</summary>
public enum LbpMethod
{
    /// <summary><c>default</c>: the P-bit code Σ s_i 2^i (grey-scale, not rotation invariant).</summary>
    Default,

    /// <summary><c>ror</c>: the rotation-invariant minimum over cyclic rotations of the default code.</summary>
    Ror,

    /// <summary><c>uniform</c> (PyRadiomics' default): the number of ones for uniform patterns, P + 1 otherwise.</summary>
    Uniform,

    /// <summary><c>nri_uniform</c>: non-rotation-invariant uniform patterns, P(P−1) + 3 codes.</summary>
    NriUniform,

    /// <summary><c>var</c>: the local variance of the P samples.</summary>
    Var,
}
