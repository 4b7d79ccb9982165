using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Features.Texture;

/// <summary>
/// PyRadiomics' per-direction weights for <c>weightingNorm</c>, from the physical length of each offset
/// (offset · spacing) under the chosen norm.
/// </summary>
internal static class TextureWeights
{
    /// <summary>GLCM: <c>w = exp(−‖d‖²)</c> (1 for no_weighting).</summary>
    public static double[] Glcm(IReadOnlyList<Index3> directions, Vector3D spacing, WeightingNorm norm) =>
        directions.Select(d => norm == WeightingNorm.NoWeighting ? 1.0 : Math.Exp(-Square(Length(d, spacing, norm)))).ToArray();

    /// <summary>GLRLM: <c>w = ‖d‖</c> (1 for no_weighting).</summary>
    public static double[] Glrlm(IReadOnlyList<Index3> directions, Vector3D spacing, WeightingNorm norm) =>
        directions.Select(d => norm == WeightingNorm.NoWeighting ? 1.0 : Length(d, spacing, norm)).ToArray();

    private static double Length(Index3 d, Vector3D spacing, WeightingNorm norm)
    {
        double x = Math.Abs(d.X) * spacing.X, y = Math.Abs(d.Y) * spacing.Y, z = Math.Abs(d.Z) * spacing.Z;
        return norm switch
        {
            WeightingNorm.Infinity => Math.Max(x, Math.Max(y, z)),
            WeightingNorm.Euclidean => Math.Sqrt(x * x + y * y + z * z),
            WeightingNorm.Manhattan => x + y + z,
            _ => 1.0,
        };
    }

    private static double Square(double v) => v * v;
}
