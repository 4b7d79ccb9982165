using Radiomics.Numerics.LinearAlgebra;

namespace Radiomics.Benchmarks.Texture;

/// <summary>
/// <c>-- texture mcc-kernels [reps]</c>: MCC's linear-algebra kernels alone on random symmetric matrices of the filtered
/// case's sizes (the tridiagonal reduction, the bisection for the second largest magnitude, the eigenvector), thread
/// CPU per call, minimum over <c>reps</c> blocks of calls (robust on a shared host).
/// </summary>
internal static class MccKernelTimings
{
    public static void Run(int reps)
    {
        foreach (int n in new[] { 176, 90, 47, 21 })
        {
            var random = new Random(n);
            var source = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j <= i; j++)
                {
                    source[(i * n) + j] = source[(j * n) + i] = random.NextDouble() / n;
                }
            }

            var work = new double[n * n];
            int calls = Math.Max(1, 2_000_000 / (n * n * n / 6));
            double reduce = double.MaxValue, bisect = double.MaxValue, vector = double.MaxValue;
            for (int rep = 0; rep < reps; rep++)
            {
                SymmetricTridiagonalForm form = null!;
                double t = TexturePhaseTimings.ThreadCpuMilliseconds();
                for (int c = 0; c < calls; c++)
                {
                    source.CopyTo(work, 0);
                    form = SymmetricTridiagonalForm.Reduce(work, n);
                }

                double t1 = TexturePhaseTimings.ThreadCpuMilliseconds();
                double second = 0;
                for (int c = 0; c < calls; c++)
                {
                    second = form.SecondLargestMagnitude();
                }

                double t2 = TexturePhaseTimings.ThreadCpuMilliseconds();
                for (int c = 0; c < calls; c++)
                {
                    _ = form.Eigenvector(second);
                }

                double t3 = TexturePhaseTimings.ThreadCpuMilliseconds();
                reduce = Math.Min(reduce, (t1 - t) / calls);
                bisect = Math.Min(bisect, (t2 - t1) / calls);
                vector = Math.Min(vector, (t3 - t2) / calls);
            }

            Console.WriteLine($"n {n,4}: reduce (with copy) {reduce * 1e3,9:F1} µs, second magnitude {bisect * 1e3,7:F1} µs, eigenvector {vector * 1e3,7:F1} µs");
        }
    }
}
