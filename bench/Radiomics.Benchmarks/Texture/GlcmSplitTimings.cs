using System.Buffers;
using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Imaging;
using Radiomics.Numerics.LinearAlgebra;

namespace Radiomics.Benchmarks.Texture;

/// <summary>
/// <c>-- texture glcm-split [original|filtered] [runs]</c>: the GLCM family's own path (pair counts of all directions in
/// one pass, then per direction the probabilities, the features but MCC, and MCC's steps: B, the tridiagonal reduction,
/// the bisection, the eigenvector and the ε shift) on one thread, thread CPU summed over the case's inputs, minimum of
/// <c>runs</c> after one warm-up.
/// </summary>
internal static class GlcmSplitTimings
{
    public static void Run(string which, int runs)
    {
        var inputs = TexturePhaseTimings.Inputs(which);
        string[] names = ["pair counts", "probabilities", "features but MCC", "MCC: B", "MCC: reduce", "MCC: bisect", "MCC: eigenvector", "MCC: eps shift", "MCC (whole)"];
        FeatureInfo[] nonMccInfos = [.. new GlcmFamily(1).Features.Where(f => !f.OnlyWhenRequested && f.Name != "MCC")];
        names = [.. names, .. nonMccInfos.Select(f => "  " + f.Name)];
        var best = new double[names.Length];
        Array.Fill(best, double.MaxValue);
        FeatureInfo[] nonMcc = [.. new GlcmFamily(1).Features.Where(f => !f.OnlyWhenRequested && f.Name != "MCC")];
        FeatureFormula<GlcmCoefficients>[] formulas = GlcmFamily.Formulas(nonMcc);
        for (int run = 0; run <= runs; run++)
        {
            var sums = new double[names.Length];
            foreach (var (image, mask, settings) in inputs)
            {
                double[] before = [.. sums];
                var input = new FeatureInput(image, mask, settings);
                TextureGrid grid = TextureGrid.For(input, 1);
                var layout = TextureLayout.PyRadiomics(grid, settings, settings.Features.Distances);
                int length = GlcmPairCounts.Length(grid, layout);
                int[] counts = new int[length];
                double t = TexturePhaseTimings.ThreadCpuMilliseconds();
                GlcmPairCounts.Count(grid, layout, counts);
                sums[0] += TexturePhaseTimings.ThreadCpuMilliseconds() - t;
                for (int m = 0; m < layout.MatrixCount; m++)
                {
                    t = TexturePhaseTimings.ThreadCpuMilliseconds();
                    using GlcmProbabilities p = GlcmProbabilities.FromPairCounts(counts, [m], [], true, [.. grid.GreyLevels], grid.MaxLevel);
                    sums[1] += TexturePhaseTimings.ThreadCpuMilliseconds() - t;
                    if (p.IsEmpty)
                    {
                        continue;
                    }

                    t = TexturePhaseTimings.ThreadCpuMilliseconds();
                    double sink = 0;
                    for (int f = 0; f < formulas.Length; f++)
                    {
                        double tf = TexturePhaseTimings.ThreadCpuMilliseconds();
                        sink += formulas[f](p);
                        sums[9 + f] += TexturePhaseTimings.ThreadCpuMilliseconds() - tf;
                    }

                    sums[2] += TexturePhaseTimings.ThreadCpuMilliseconds() - t;
                    Mcc(p, sums);
                    t = TexturePhaseTimings.ThreadCpuMilliseconds();
                    _ = GlcmFeatures.Mcc(p);
                    sums[8] += TexturePhaseTimings.ThreadCpuMilliseconds() - t;
                }

                if (run == runs && Environment.GetEnvironmentVariable("PER_INPUT") is not null)
                {
                    Console.WriteLine($"Ng {grid.GreyLevelCount,4}: " + string.Join(" ", Enumerable.Range(0, 9).Select(q => $"{sums[q] - before[q]:F2}")));
                }
            }

            if (run > 0)
            {
                for (int k = 0; k < names.Length; k++)
                {
                    best[k] = Math.Min(best[k], sums[k]);
                }
            }
        }

        Console.WriteLine($"glcm split, {which} ({inputs.Count} input(s)), thread CPU min of {runs}, ProcessorCount {Environment.ProcessorCount}");
        for (int k = 0; k < names.Length; k++)
        {
            Console.WriteLine($"{names[k],-20} {best[k],8:F2} ms");
        }
    }

    private static void Mcc(GlcmProbabilities probabilities, double[] sums)
    {
        GlcmCoefficients m = probabilities.Coefficients;
        double t = TexturePhaseTimings.ThreadCpuMilliseconds();
        int n = m.Size;
        var rows = new List<int>();
        for (int i = 0; i < n; i++)
        {
            if (m.Px[i] > 0)
            {
                rows.Add(i);
            }
        }

        int r = rows.Count;
        var position = new int[n];
        for (int a = 0; a < r; a++)
        {
            position[rows[a]] = a;
        }

        double[] b = ArrayPool<double>.Shared.Rent(r * r);
        Array.Clear(b, 0, r * r);
        for (int a = 0; a < r; a++)
        {
            int i = rows[a];
            for (int e = m.RowStarts[i]; e < m.RowStarts[i + 1]; e++)
            {
                int k = m.EntryColumns[e];
                b[a * r + position[k]] = m.EntryValues[e] / Math.Sqrt(m.Px[i] * m.Py[k]);
            }
        }

        double t2 = TexturePhaseTimings.ThreadCpuMilliseconds();
        sums[3] += t2 - t;
        var form = SymmetricTridiagonalForm.Reduce(b, r);
        double t3 = TexturePhaseTimings.ThreadCpuMilliseconds();
        sums[4] += t3 - t2;
        double second = form.SecondLargestMagnitude();
        double t4 = TexturePhaseTimings.ThreadCpuMilliseconds();
        sums[5] += t4 - t3;
        double[]? v = form.Eigenvector(second);
        double t5 = TexturePhaseTimings.ThreadCpuMilliseconds();
        sums[6] += t5 - t4;
        if (v is not null)
        {
            _ = MccEpsilonCorrection.Shift(m, [.. rows], v);
        }

        sums[7] += TexturePhaseTimings.ThreadCpuMilliseconds() - t5;
        ArrayPool<double>.Shared.Return(b);
    }
}
