using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Numerics.Simd;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// Pseudo-rotation-invariant separable filtering: pools the responses to every right-angle rotation of a cascade of
/// separable stages. The rotated cascades share work: each is a sequence of 1D passes (per stage: z, y, x), kernels
/// that are the negation of another are folded into a sign (a flipped antisymmetric kernel), cascades with a common
/// prefix of passes reuse its result, and for average pooling the last passes under a common prefix are merged into
/// one pass with their (signed, weighted) sum kernel, by linearity.
/// </summary>
internal static class RotatedSeparable
{
    /// <summary>Pools the responses to the rotations of <paramref name="stages"/> (stages[s][m] = 1D kernel of stage s along filter axis m).</summary>
    public static double[] Pool(double[] voxels, Size3 size, double[][][] stages, RotationPooling pooling, BoundaryMode boundary, FilterExecution execution)
    {
        int dimensions = stages[0].Length;
        var leaves = new List<(double[][] Passes, double Weight)>();
        int total = 0;
        foreach ((double[][][] set, int count) in RightAngleRotation.DistinctSets(stages))
        {
            var passes = new List<double[]>();
            double sign = 1;
            foreach (double[][] stage in set)
            {
                for (int axis = dimensions - 1; axis >= 0; axis--)
                {
                    (double[] canonical, double s) = Canonical(stage[axis]);
                    passes.Add(canonical);
                    sign *= s;
                }
            }

            leaves.Add((passes.ToArray(), sign * count));
            total += count;
        }

        int[] axisOfPass = Enumerable.Range(0, leaves[0].Passes.Length).Select(p => dimensions - 1 - p % dimensions).ToArray();
        // Pass outputs are needed only while their subtree runs: a free list keeps the live buffers to the tree's depth
        // (every pass overwrites its whole target, so a reused buffer needs no clearing).
        var free = new Stack<double[]>();
        double[]? pooled = null;
        void Emit(double[] response, double weight)
        {
            if (pooled is null)
            {
                pooled = new double[response.Length];
                if (pooling == RotationPooling.Average)
                {
                    SpanArithmetic.MultiplyAdd(response, weight, pooled);
                }
                else
                {
                    for (int i = 0; i < pooled.Length; i++)
                    {
                        pooled[i] = Math.Sign(weight) * response[i];
                    }
                }

                return;
            }

            VectorMath.Pool(pooled, response, pooling, pooling == RotationPooling.Average ? weight : Math.Sign(weight));
        }

        Descend(voxels, 0, leaves);
        if (pooling == RotationPooling.Average)
        {
            for (int i = 0; i < pooled!.Length; i++)
            {
                pooled[i] /= total;
            }
        }

        return pooled!;

        void Descend(double[] input, int depth, List<(double[][] Passes, double Weight)> group)
        {
            int last = axisOfPass.Length - 1;
            if (depth == last && pooling == RotationPooling.Average)
            {
                // Linear pooling: one pass with the weighted sum of the remaining kernels.
                int length = group.Max(g => g.Passes[depth].Length);
                var merged = new double[length];
                foreach ((double[][] passes, double weight) in group)
                {
                    double[] k = passes[depth];
                    int shift = (length - k.Length) / 2;
                    for (int t = 0; t < k.Length; t++)
                    {
                        merged[t + shift] += weight * k[t];
                    }
                }

                double[] sum = Convolve(input, merged, axisOfPass[depth]);
                Emit(sum, 1);
                free.Push(sum);
                return;
            }

            foreach (var child in group.GroupBy(g => g.Passes[depth], KernelComparer.Instance))
            {
                double[] output = Convolve(input, child.Key, axisOfPass[depth]);
                if (depth == last)
                {
                    foreach (double weight in child.Select(c => c.Weight).Distinct())
                    {
                        Emit(output, weight);
                    }
                }
                else
                {
                    Descend(output, depth + 1, child.ToList());
                }

                free.Push(output);
            }
        }

        double[] Convolve(double[] input, double[] kernel, int axis)
        {
            double[] output = free.Count > 0 ? free.Pop() : new double[input.Length];
            SeparableConvolution.ConvolveAxis(input, output, size, axis, kernel, boundary, execution);
            return output;
        }
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

    /// <summary>The kernel scaled by ±1 so that its first non-zero tap is positive, and that sign.</summary>
    private static (double[] Kernel, double Sign) Canonical(double[] kernel)
    {
        double first = kernel.FirstOrDefault(t => t != 0);
        return first >= 0 ? (kernel, 1) : (kernel.Select(t => -t).ToArray(), -1);
    }

    private sealed class KernelComparer : IEqualityComparer<double[]>
    {
        public static readonly KernelComparer Instance = new();

        public bool Equals(double[]? x, double[]? y) => x!.AsSpan().SequenceEqual(y);

        public int GetHashCode(double[] obj)
        {
            var hash = new HashCode();
            foreach (double t in obj)
            {
                hash.Add(t);
            }

            return hash.ToHashCode();
        }
    }
}
