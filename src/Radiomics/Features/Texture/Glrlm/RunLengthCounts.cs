using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Glrlm;

/// <summary>
/// The run counts of every slice group and direction, kept as the integer counts of <see cref="RunsSoFarCounter"/>
/// ("runs at least L long", or the runs themselves for a direction counted at run ends; in an array from the shared
/// pool, returned on <see cref="Dispose"/>), from which any one matrix is written on demand. Lets the family compute features one direction at a time in one reused
/// buffer instead of holding a double matrix per direction.
/// </summary>
internal sealed class RunLengthCounts : IDisposable
{
    private readonly int[][] _reached;
    private readonly int[] _first;
    private readonly bool[] _emptied;
    private readonly bool _countEnds;
    private readonly int _greyLevelCount;
    private readonly int _sliceCount;

    private RunLengthCounts(int[][] reached, int[] first, bool[] emptied, bool countEnds, int greyLevelCount, int sliceCount, int maxRunLength)
    {
        _reached = reached;
        _first = first;
        _emptied = emptied;
        _countEnds = countEnds;
        _greyLevelCount = greyLevelCount;
        _sliceCount = sliceCount;
        MaxRunLength = maxRunLength;
    }

    /// <summary>The number of run-length columns (the longest side of the ROI's bounding box).</summary>
    public int MaxRunLength { get; }

    /// <summary>Counts the runs of every slice group and direction of <paramref name="layout"/>.</summary>
    /// <param name="grid">The discretised ROI.</param>
    /// <param name="layout">Directions and slice grouping.</param>
    /// <param name="dropSingleVoxelDirections">
    /// PyRadiomics' rule: a direction along which no line through the bounding box holds two ROI voxels yields only
    /// runs of length 1 and is emptied (then dropped as an empty angle).
    /// </param>
    /// <param name="maxDegreeOfParallelism">Threads for the directions (−1: all); the counts do not depend on it.</param>
    /// <param name="counting">How the runs are counted (the form with the fewest increments, unless a test fixes
    /// another); the counts do not depend on it.</param>
    public static RunLengthCounts Count(TextureGrid grid, TextureLayout layout, bool dropSingleVoxelDirections, int maxDegreeOfParallelism, RunCounting counting = RunCounting.LongEnds)
    {
        int ng = grid.GreyLevelCount;
        int nr = Math.Max(grid.Box.X, Math.Max(grid.Box.Y, grid.Box.Z));
        int directionCount = layout.DirectionCount;

        // One pass over the ROI for all directions; with several threads, each takes a share of the directions
        // through its own pass. Counts are integers, so the split changes nothing in the result.
        int parts = maxDegreeOfParallelism == 1 ? 1 : Math.Min(directionCount, maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism);
        var reached = new int[parts][];
        var first = new int[parts + 1];
        for (int part = 0; part <= parts; part++)
        {
            first[part] = part * directionCount / parts;
        }

        bool countEnds = counting != RunCounting.SoFar;
        TextureParallelism.For(parts, maxDegreeOfParallelism, part =>
            reached[part] = RunsSoFarCounter.Count(grid, layout, layout.Directions.AsSpan(first[part], first[part + 1] - first[part]), counting, nr));

        var counts = new RunLengthCounts(reached, first, new bool[directionCount], countEnds, ng, layout.SliceCount, nr);
        if (dropSingleVoxelDirections)
        {
            for (int d = 0; d < directionCount; d++)
            {
                // PyRadiomics empties a direction along which no line through the box holds two ROI voxels; then every
                // run has length 1, so a direction with a longer run keeps its counts without the (slower) line check.
                bool longRuns = false;
                for (int group = 0; group < layout.SliceCount && !longRuns; group++)
                {
                    for (int code = 1; code <= ng && !longRuns; code++)
                    {
                        // reached(2), or any run of length two or more.
                        ReadOnlySpan<int> row = counts.Row(group, d, code);
                        longRuns = countEnds ? row[1..nr].IndexOfAnyExcept(0) >= 0 : row[1] != 0;
                    }
                }

                counts._emptied[d] = !longRuns && !AnyLineHoldsTwoRoiVoxels(grid, layout.Directions[d]);
            }
        }

        return counts;
    }

    /// <summary>
    /// Writes the matrix of one slice group and direction, row-major (grey level × run length), into
    /// <paramref name="matrix"/> (<c>Ng · MaxRunLength</c> entries): <c>P(i, L) = reached(L) − reached(L + 1)</c>, or
    /// the runs counted at their ends.
    /// </summary>
    public void Fill(int group, int direction, Span<double> matrix)
    {
        int ng = _greyLevelCount, nr = MaxRunLength;
        if (_emptied[direction])
        {
            matrix[..(ng * nr)].Clear();
            return;
        }

        for (int i = 0; i < ng; i++)
        {
            ReadOnlySpan<int> reachedL = Row(group, direction, i + 1);
            Span<double> row = matrix.Slice(i * nr, nr);
            if (_countEnds)
            {
                for (int j = 0; j < nr; j++)
                {
                    row[j] = reachedL[j];
                }

                continue;
            }

            for (int j = 0; j < nr; j++)
            {
                row[j] = reachedL[j] - reachedL[j + 1];
            }
        }
    }

    public void Dispose()
    {
        for (int part = 0; part < _reached.Length; part++)
        {
            if (_reached[part] is { } counts)
            {
                System.Buffers.ArrayPool<int>.Shared.Return(counts);
                _reached[part] = null!;
            }
        }
    }

    /// <summary>reached(L) (or the runs of length L) for L = 1 … MaxRunLength + 1, contiguous.</summary>
    private ReadOnlySpan<int> Row(int group, int direction, int code)
    {
        int part = 0;
        while (_first[part + 1] <= direction)
        {
            part++;
        }

        int local = direction - _first[part];
        return _reached[part].AsSpan(RunsSoFarCounter.Index(local, group, code, 1, _sliceCount, _greyLevelCount, MaxRunLength), MaxRunLength + 1);
    }

    private static bool AnyLineHoldsTwoRoiVoxels(TextureGrid grid, Index3 direction)
    {
        int step = grid.Step(direction);
        foreach (int p in grid.RoiPositions)
        {
            int x = grid.Coordinate(p, 0), y = grid.Coordinate(p, 1), z = grid.Coordinate(p, 2);
            for (int k = 1; ; k++)
            {
                x += direction.X;
                y += direction.Y;
                z += direction.Z;
                if ((uint)x >= (uint)grid.Box.X || (uint)y >= (uint)grid.Box.Y || (uint)z >= (uint)grid.Box.Z)
                {
                    break;
                }

                if (grid.Codes[p + k * step] != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
