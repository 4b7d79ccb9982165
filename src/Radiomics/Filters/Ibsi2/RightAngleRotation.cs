namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// A rotation by multiples of 90° (a signed axis permutation with determinant +1). Applied to a separable kernel,
/// the 1D kernel of kernel axis m moves to image axis <see cref="Target"/>[m], reversed when <see cref="Flip"/>[m].
/// IBSI 2 pseudo-rotational invariance pools over all of them: 24 in 3D (the cube's rotations), 4 in 2D (in-plane).
/// </summary>
internal sealed record RightAngleRotation(int[] Target, bool[] Flip)
{
    /// <summary>The 24 (3D) or 4 (2D) proper right-angle rotations, identity first.</summary>
    public static IReadOnlyList<RightAngleRotation> All(int dimensions)
    {
        int[][] permutations = dimensions == 3
            ? [[0, 1, 2], [1, 2, 0], [2, 0, 1], [0, 2, 1], [2, 1, 0], [1, 0, 2]]
            : [[0, 1], [1, 0]];
        var result = new List<RightAngleRotation>();
        foreach (int[] permutation in permutations)
        {
            int parity = Parity(permutation);
            for (int mask = 0; mask < 1 << dimensions; mask++)
            {
                int flips = System.Numerics.BitOperations.PopCount((uint)mask);
                if ((parity + flips) % 2 != 0)
                {
                    continue;
                }

                var flip = new bool[dimensions];
                for (int a = 0; a < dimensions; a++)
                {
                    flip[a] = (mask & (1 << a)) != 0;
                }

                result.Add(new RightAngleRotation(permutation, flip));
            }
        }

        return result;
    }

    /// <summary>The per-image-axis kernels of <paramref name="kernels"/> (indexed by kernel axis) after this rotation.</summary>
    public double[][] Rotate(double[][] kernels)
    {
        var rotated = new double[kernels.Length][];
        for (int m = 0; m < kernels.Length; m++)
        {
            double[] kernel = (double[])kernels[m].Clone();
            if (Flip[m])
            {
                Array.Reverse(kernel);
            }

            rotated[Target[m]] = kernel;
        }

        return rotated;
    }

    /// <summary>
    /// The distinct rotations of a cascade of separable stages (<paramref name="stages"/>[s][m] = 1D kernel of stage s
    /// along filter axis m), with how many rotations give each (sets repeat when 1D kernels are equal or symmetric),
    /// so pooling can run once per distinct set.
    /// </summary>
    public static IReadOnlyList<(double[][][] Stages, int Count)> DistinctSets(double[][][] stages)
    {
        var sets = new List<(double[][][] Stages, int Count)>();
        foreach (RightAngleRotation rotation in All(stages[0].Length))
        {
            double[][][] rotated = stages.Select(rotation.Rotate).ToArray();
            int index = sets.FindIndex(s => Same(s.Stages, rotated));
            if (index < 0)
            {
                sets.Add((rotated, 1));
            }
            else
            {
                sets[index] = (sets[index].Stages, sets[index].Count + 1);
            }
        }

        return sets;
    }

    private static bool Same(double[][][] a, double[][][] b)
    {
        for (int s = 0; s < a.Length; s++)
        {
            for (int i = 0; i < a[s].Length; i++)
            {
                if (!a[s][i].AsSpan().SequenceEqual(b[s][i]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int Parity(int[] permutation)
    {
        int inversions = 0;
        for (int i = 0; i < permutation.Length; i++)
        {
            for (int j = i + 1; j < permutation.Length; j++)
            {
                if (permutation[i] > permutation[j])
                {
                    inversions++;
                }
            }
        }

        return inversions % 2;
    }
}
