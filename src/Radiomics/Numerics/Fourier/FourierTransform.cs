using Radiomics.Imaging;

namespace Radiomics.Numerics.Fourier;

/// <summary>Multi-dimensional FFTs of x-fastest volumes, done as 1D passes that are parallel over independent lines.</summary>
internal static class FourierTransform
{
    /// <summary>
    /// Transforms in place along x and y (every slice on its own, <paramref name="alongZ"/> false) or along x, y and z,
    /// on at most <paramref name="maxDegreeOfParallelism"/> threads (−1: one per core); each line is written by one
    /// worker, so the result does not depend on the thread count.
    /// </summary>
    public static void Transform(double[] re, double[] im, Size3 size, bool alongZ, bool inverse, int maxDegreeOfParallelism)
    {
        int nx = size.X, ny = size.Y, nz = size.Z;
        int slice = nx * ny;
        var planX = new FftPlan(nx);
        var planY = ny == nx ? planX : new FftPlan(ny);
        For(maxDegreeOfParallelism, nz, z =>
        {
            planX.TransformLines(re.AsSpan(z * slice, slice), im.AsSpan(z * slice, slice), 1, nx, ny, inverse);
            planY.TransformRows(re.AsSpan(z * slice, slice), im.AsSpan(z * slice, slice), nx, nx, inverse);
        });

        if (!alongZ || nz == 1)
        {
            return;
        }

        var planZ = nz == nx ? planX : nz == ny ? planY : new FftPlan(nz);
        const int chunk = 256;
        int chunks = (slice + chunk - 1) / chunk;
        For(maxDegreeOfParallelism, chunks, c =>
        {
            int start = c * chunk;
            int count = Math.Min(chunk, slice - start);
            planZ.TransformRows(re.AsSpan(start), im.AsSpan(start), slice, count, inverse);
        });
    }

    /// <summary>
    /// The frequency of bin <paramref name="k"/> of an <paramref name="n"/>-point DFT in cycles per sample,
    /// in [−1/2, 1/2) (NumPy's <c>fftfreq</c>).
    /// </summary>
    public static double Frequency(int k, int n) => (k < (n + 1) / 2 ? k : k - n) / (double)n;

    private static void For(int maxDegreeOfParallelism, int count, Action<int> body)
    {
        if (maxDegreeOfParallelism == 1 || count < 2)
        {
            for (int i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.For(0, count, ParallelDefaults.Options(maxDegreeOfParallelism), body);
    }
}
