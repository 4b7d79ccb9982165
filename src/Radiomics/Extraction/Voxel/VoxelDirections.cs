using Radiomics.Configuration;
using Radiomics.Features.Texture;
using Radiomics.Imaging;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// Neighbour offsets for the kernel computations. PyRadiomics builds them once from the size of the whole cropped image
/// (not of each kernel), then limits every neighbour to the kernel's box.
/// </summary>
internal static class VoxelDirections
{
    public static Index3[] For(VoxelImage image, IReadOnlyList<int> distances, bool bidirectional) =>
        TextureDirections.Generate(image.Size, distances, bidirectional, image.OutOfPlaneAxis);

    /// <summary>PyRadiomics' per-direction weights for <c>weightingNorm</c>: exp(−‖d‖²) for GLCM, ‖d‖ for GLRLM.</summary>
    public static double[] Weights(IReadOnlyList<Index3> directions, Vector3D spacing, WeightingNorm norm, bool glcm)
    {
        var weights = new double[directions.Count];
        for (int a = 0; a < weights.Length; a++)
        {
            Index3 d = directions[a];
            double x = Math.Abs(d.X) * spacing.X, y = Math.Abs(d.Y) * spacing.Y, z = Math.Abs(d.Z) * spacing.Z;
            if (norm == WeightingNorm.NoWeighting)
            {
                weights[a] = 1;
                continue;
            }

            if (glcm)
            {
                double squared = norm switch
                {
                    WeightingNorm.Infinity => Math.Pow(Math.Max(x, Math.Max(y, z)), 2),
                    WeightingNorm.Euclidean => x * x + y * y + z * z,
                    _ => Math.Pow(x + y + z, 2),
                };
                weights[a] = Math.Exp(-squared);
            }
            else
            {
                weights[a] = norm switch
                {
                    WeightingNorm.Infinity => Math.Max(x, Math.Max(y, z)),
                    WeightingNorm.Euclidean => Math.Sqrt(x * x + y * y + z * z),
                    _ => x + y + z,
                };
            }
        }

        return weights;
    }

    /// <summary>The box voxels whose neighbour at <paramref name="d"/> is in the box: index ranges per axis.</summary>
    public static (int X0, int X1, int Y0, int Y1, int Z0, int Z1) Range(KernelScratch k, Index3 d) =>
        (Math.Max(0, -d.X), Math.Min(k.SizeX, k.SizeX - d.X), Math.Max(0, -d.Y), Math.Min(k.SizeY, k.SizeY - d.Y),
            Math.Max(0, -d.Z), Math.Min(k.SizeZ, k.SizeZ - d.Z));

    /// <summary>The linear step of offset <paramref name="d"/> in the box.</summary>
    public static int Step(KernelScratch k, Index3 d) => d.X + k.SizeX * (d.Y + k.SizeY * d.Z);
}
