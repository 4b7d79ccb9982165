using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glcm;

namespace Radiomics.Benchmarks.Texture;

/// <summary>
/// <c>-- texture glcm-counts [original|filtered] [runs]</c>: GLCM pair counting alone (all directions of the case's
/// layout, the grid built beforehand), thread CPU per input and summed over the case's inputs, minimum of <c>runs</c>
/// after one warm-up; with <c>STATS</c> set, each input's ROI size, box, grey levels and the share of ROI voxels
/// whose code and every forward neighbour's code equal their x-predecessor's (whose 13 pairs repeat).
/// </summary>
internal static class GlcmCountTimings
{
    public static void Run(string which, int runs)
    {
        var inputs = TexturePhaseTimings.Inputs(which);
        var grids = new List<(TextureGrid Grid, TextureLayout Layout)>();
        foreach (var (image, mask, settings) in inputs)
        {
            var input = new FeatureInput(image, mask, settings);
            TextureGrid grid = TextureGrid.For(input, settings.Features.Distances.Max());
            grids.Add((grid, TextureLayout.PyRadiomics(grid, settings, settings.Features.Distances)));
        }

        var best = new double[grids.Count];
        Array.Fill(best, double.MaxValue);
        for (int run = 0; run <= runs; run++)
        {
            for (int i = 0; i < grids.Count; i++)
            {
                var (grid, layout) = grids[i];
                int[] counts = new int[GlcmPairCounts.Length(grid, layout)];
                double t = TexturePhaseTimings.ThreadCpuMilliseconds();
                GlcmPairCounts.Count(grid, layout, counts);
                double spent = TexturePhaseTimings.ThreadCpuMilliseconds() - t;
                if (run > 0)
                {
                    best[i] = Math.Min(best[i], spent);
                }
            }
        }

        Console.WriteLine($"glcm counts, {which} ({grids.Count} input(s)), thread CPU min of {runs}, ProcessorCount {Environment.ProcessorCount}");
        for (int i = 0; i < grids.Count; i++)
        {
            var (grid, layout) = grids[i];
            string stats = Environment.GetEnvironmentVariable("STATS") is null ? "" : " " + Stats(grid, layout);
            Console.WriteLine($"input {i,2}: {best[i],7:F3} ms  Ng {grid.GreyLevelCount,4}{stats}");
        }

        Console.WriteLine($"sum of minima: {best.Sum():F2} ms");
    }

    private static string Stats(TextureGrid grid, TextureLayout layout)
    {
        int[] codes = grid.Codes;
        int[] steps = [.. layout.Directions.Select(grid.Step)];
        int allRepeat = 0, sameCode = 0;
        foreach (int p in grid.RoiPositions)
        {
            if (codes[p] != codes[p - 1])
            {
                continue;
            }

            sameCode++;
            if (steps.All(s => codes[p + s] == codes[p + s - 1]))
            {
                allRepeat++;
            }
        }

        return $"ROI {grid.RoiCount} box {grid.Box.X}x{grid.Box.Y}x{grid.Box.Z} dirs {layout.DirectionCount} sameCode {100.0 * sameCode / grid.RoiCount:F1}% all13repeat {100.0 * allRepeat / grid.RoiCount:F1}%";
    }
}
