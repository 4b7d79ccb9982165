namespace Radiomics.Configuration;

/// <summary>
/// How an image is extended beyond its border before convolution (IBSI 2, "boundary conditions", GBYQ).
/// The names are IBSI's; SciPy's equivalents are given because IBSI <see cref="Mirror"/> is SciPy <c>reflect</c>.
/// </summary>
public enum BoundaryMode
{
    /// <summary>IBSI "zero" (SciPy <c>constant</c>, cval 0): every sample outside the image is 0.</summary>
    Zero,

    /// <summary>IBSI "nearest" (SciPy <c>nearest</c>): the edge sample is repeated: a a a | a b c d | d d d.</summary>
    Nearest,

    /// <summary>IBSI "periodic" (SciPy <c>wrap</c>): the image repeats: b c d | a b c d | a b c.</summary>
    Periodic,

    /// <summary>
    /// IBSI "mirror" (SciPy <c>reflect</c>, NumPy <c>symmetric</c>): mirrored with the edge sample repeated:
    /// d c b a | a b c d | d c b a. Not SciPy's <c>mirror</c>, which does not repeat the edge.
    /// </summary>
    Mirror,
}
