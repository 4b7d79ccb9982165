using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Gldm;
using Radiomics.Features.Texture.Ngtdm;
using Radiomics.Imaging;

namespace Radiomics.Benchmarks.Texture;

/// <summary>
/// <c>-- neighbours [original|filtered] [runs] [repeats]</c>: the texture grid, GLDM and NGTDM builds of each input of a
/// case, as inside an extraction (pooled buffers, the discretisation's level counts), each phase repeated
/// <c>repeats</c> times in a row per run (1: once, after the other phases as in an extraction; more: warm caches, for a
/// profiler). Thread CPU per build, minimum over <c>runs</c>, summed over the inputs.
/// </summary>
public static class NeighbourhoodTimings
{
    public static void Run(string[] args)
    {
        string which = args.Length > 0 ? args[0] : "filtered";
        int runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7;
        int repeats = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
        var pool = new ExactLengthArrayPool();
        string[] phases = ["grid", "gldm", "ngtdm"];
        double[] totals = new double[phases.Length];
        foreach (var (image, mask, settings) in TexturePhaseTimings.Inputs(which))
        {
            double[] best = [.. Enumerable.Repeat(double.MaxValue, phases.Length)];
            for (int run = 0; run < runs; run++)
            {
                using var input = new FeatureInput(image, mask, settings, null, pool);
                _ = input.Discretised;
                void Time(int slot, Action action)
                {
                    double start = TexturePhaseTimings.ThreadCpuMilliseconds();
                    for (int r = 0; r < repeats; r++)
                    {
                        action();
                    }

                    best[slot] = Math.Min(best[slot], (TexturePhaseTimings.ThreadCpuMilliseconds() - start) / repeats);
                }

                TextureGrid grid = null!;
                Time(0, () => grid = repeats == 1 ? TextureGrid.For(input, 1) : TextureGrid.Build(input.Discretised.Levels, mask, 1));
                Index3[] neighbours = TextureDirections.Generate(grid.Box, [1], bidirectional: true, null);
                Time(1, () => GldmMatrices.Build(grid, neighbours, null, settings.Features.GldmA));
                Time(2, () => NgtdmMatrix.Build(grid, neighbours, null, includeIsolatedVoxels: true));
            }

            for (int slot = 0; slot < phases.Length; slot++)
            {
                totals[slot] += best[slot];
            }
        }

        Console.WriteLine($"{which}, min of {runs} runs x {repeats}: " + string.Join("  ", phases.Select((p, k) => $"{p} {totals[k]:F2} ms")));
    }
}
