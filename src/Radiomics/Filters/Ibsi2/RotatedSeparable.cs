using Radiomics.Imaging;

namespace Radiomics.Filters.Ibsi2;

/// <summary>Pseudo-rotation-invariant separable filtering: pools the responses to every right-angle rotation of a kernel cascade.</summary>
internal static class RotatedSeparable
{
    /// <summary>
    /// Pools <c>respond(rotated stages)</c> over the rotations of <paramref name="stages"/> (stages[s][m] = 1D kernel
    /// of stage s along filter axis m, 2 or 3 axes). Distinct sets are computed once; average pooling weights each by
    /// its multiplicity.
    /// </summary>
    public static double[] Pool(double[][][] stages, RotationPooling pooling, Func<double[][][], double[]> respond)
    {
        var sets = RightAngleRotation.DistinctSets(stages);
        int total = sets.Sum(s => s.Count);
        double[]? pooled = null;
        foreach ((double[][][] set, int count) in sets)
        {
            double[] response = respond(set);
            double weight = pooling == RotationPooling.Average ? count : 1;
            if (pooled is null)
            {
                pooled = response;
                if (weight != 1)
                {
                    for (int i = 0; i < pooled.Length; i++)
                    {
                        pooled[i] *= weight;
                    }
                }

                continue;
            }

            VectorMath.Pool(pooled, response, pooling, weight);
        }

        if (pooling == RotationPooling.Average)
        {
            for (int i = 0; i < pooled!.Length; i++)
            {
                pooled[i] /= total;
            }
        }

        return pooled!;
    }

    /// <summary>Runs a cascade of separable convolutions (one per stage) with the given boundary mode.</summary>
    public static double[] Cascade(double[] voxels, Size3 size, double[][][] stages, BoundaryMode boundary, FilterExecution execution)
    {
        double[] current = voxels;
        foreach (double[][] stage in stages)
        {
            current = SeparableConvolution.Apply(current, size, [stage[0], stage[1], stage.Length > 2 ? stage[2] : null], boundary, execution);
        }

        return current;
    }
}
