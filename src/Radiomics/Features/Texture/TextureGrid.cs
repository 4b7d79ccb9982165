using Radiomics.Imaging;

namespace Radiomics.Features.Texture;

/// <summary>
/// The discretised ROI prepared for texture matrices: the ROI's bounding box, padded on every side so that any
/// neighbour offset up to <see cref="Padding"/> stays inside the buffer, holding each ROI voxel's compact grey-level
/// code (1 … <see cref="GreyLevelCount"/>, the rank of its grey level among the levels present in the ROI) and 0
/// elsewhere. Matrix builders then find a neighbour as <c>position + offset</c> with no bounds checks, and only grey
/// levels present in the ROI get rows, as in PyRadiomics. <see cref="Codes"/> runs on for <see cref="Slack"/> zero
/// entries past the padded box, so a vector load that starts at a voxel of the box stays inside the array.
/// </summary>
internal sealed class TextureGrid
{
    private TextureGrid(int[] codes, Size3 padded, int padding, Size3 box, int[] greyLevels, int[] roiPositions)
    {
        Codes = codes;
        PaddedSize = padded;
        Padding = padding;
        Box = box;
        GreyLevels = greyLevels;
        RoiPositions = roiPositions;
    }

    /// <summary>Zero entries after the padded box in <see cref="Codes"/>: more than the widest vector of ints.</summary>
    public const int Slack = 64;

    /// <summary>Compact grey-level codes on the padded box (0 outside the ROI), then <see cref="Slack"/> zeros.</summary>
    public int[] Codes { get; }

    /// <summary>The number of positions in the padded box (<see cref="Codes"/> less its slack).</summary>
    public int Length => Codes.Length - Slack;

    public Size3 PaddedSize { get; }

    public int Padding { get; }

    /// <summary>Size of the ROI's bounding box.</summary>
    public Size3 Box { get; }

    /// <summary>The grey levels present in the ROI, ascending; code <c>c</c> stands for <c>GreyLevels[c − 1]</c>.</summary>
    public int[] GreyLevels { get; }

    public int GreyLevelCount => GreyLevels.Length;

    /// <summary>The highest grey level in the ROI (PyRadiomics' <c>Ng</c>).</summary>
    public int MaxLevel => GreyLevels.Length == 0 ? 0 : GreyLevels[^1];

    /// <summary>Positions of the ROI voxels in <see cref="Codes"/>, x fastest then y then z.</summary>
    public int[] RoiPositions { get; }

    public int RoiCount => RoiPositions.Length;

    /// <summary>The ROI's voxels of each code (index 0, outside the ROI, is 0).</summary>
    public int[] CodeCounts { get; private init; } = [];

    /// <summary>The grid of an input's discretised ROI, built once per input and padding and shared by the families.</summary>
    /// <remarks>Its large arrays are the input's buffers (<see cref="FeatureInput.RentBuffer{T}"/>): the grid lives as long as the input.</remarks>
    public static TextureGrid For(FeatureInput input, int padding) =>
        input.Derived(("texture-grid", Math.Max(1, padding)), i => Build(i.Discretised.Levels, i.Mask, padding, i));

    /// <summary>
    /// The grid is the ROI's box padded by the largest neighbour distance on every side: distances that would make it
    /// larger than the limits allow (or than an index holds) are refused, naming the setting.
    /// </summary>
    private static void RequirePaddedWithinLimits(Size3 box, int padding, IO.InputLimits limits)
    {
        double x = box.X + 2.0 * padding, y = box.Y + 2.0 * padding, z = box.Z + 2.0 * padding;
        if (!limits.Allows(x * y * z) || x * y * z + Slack > int.MaxValue)
        {
            throw new Configuration.ParameterException(FormattableString.Invariant(
                $"the texture grid (the ROI's {box.X}×{box.Y}×{box.Z} box padded on every side by the largest of distances, {padding}) would be {x:G4} × {y:G4} × {z:G4} voxels, more than {limits.Describe()}; use smaller distances"));
        }
    }

    /// <summary>Builds the grid from discretised levels (0 outside the ROI) and the mask, padding by <paramref name="padding"/> voxels.</summary>
    public static TextureGrid Build(Volume<int> levels, Volume<byte> mask, int padding) => Build(levels, mask, padding, null);

    /// <summary>
    /// <see cref="Build(Volume{int}, Volume{byte}, int)"/>, its codes and positions taken from <paramref name="owner"/>'s
    /// buffers when given, and the ROI's voxels per level from the owner's discretisation when it counted them (else
    /// counted here first).
    /// </summary>
    private static TextureGrid Build(Volume<int> levels, Volume<byte> mask, int padding, FeatureInput? owner)
    {
        if (levels.Size != mask.Size)
        {
            throw new ArgumentException("Levels and mask must share a grid.", nameof(mask));
        }

        padding = Math.Max(1, padding);
        BoundingBox box = BoundingBox.Of(mask) ?? throw new InvalidOperationException("The ROI is empty: no texture matrix can be computed.");
        Size3 boxSize = box.Size;
        RequirePaddedWithinLimits(boxSize, padding, owner?.Settings.Limits ?? IO.InputLimits.Default);
        var padded = new Size3(boxSize.X + 2 * padding, boxSize.Y + 2 * padding, boxSize.Z + 2 * padding);
        checked
        {
            _ = (padded.X * padded.Y * padded.Z) + Slack;
        }

        // Voxels per level (index = level): the discretisation's count of the same ROI, or counted here.
        int[]? counted = owner?.Discretised is { LevelCounts: { } c } discretised && ReferenceEquals(discretised.Levels, levels) ? c : null;
        ReadOnlySpan<int> levelCounts = counted ?? CountLevels(levels, mask, box);
        int maxLevel = Math.Max(0, levelCounts.LastIndexOfAnyExcept(0));
        if (levelCounts[0] != 0)
        {
            throw new InvalidOperationException("A ROI voxel has grey level 0; discretised levels start at 1.");
        }

        var codeOf = new int[maxLevel + 1];
        var greyLevels = new List<int>();
        var codeCounts = new List<int> { 0 };
        int roiCount = 0;
        for (int level = 1; level <= maxLevel; level++)
        {
            if (levelCounts[level] != 0)
            {
                greyLevels.Add(level);
                codeCounts.Add(levelCounts[level]);
                codeOf[level] = greyLevels.Count;
                roiCount += levelCounts[level];
            }
        }

        int length = (padded.X * padded.Y * padded.Z) + Slack;
        int[] codes = owner?.RentBuffer<int>(length, clear: true) ?? new int[length];
        int[] positions = owner?.RentBuffer<int>(roiCount, clear: false) ?? new int[roiCount]; // every entry is written below
        ReadOnlySpan<int> source = levels.Voxels;
        ReadOnlySpan<byte> roi = mask.Voxels;
        Size3 size = levels.Size;
        int k = 0;
        for (int z = box.Lower.Z; z <= box.Upper.Z; z++)
        {
            for (int y = box.Lower.Y; y <= box.Upper.Y; y++)
            {
                int row = size.Offset(box.Lower.X, y, z);
                int target = padded.Offset(padding, y - box.Lower.Y + padding, z - box.Lower.Z + padding);
                ReadOnlySpan<byte> roiRow = roi.Slice(row, boxSize.X);
                ReadOnlySpan<int> levelRow = source.Slice(row, boxSize.X);
                Span<int> codeRow = codes.AsSpan(target, boxSize.X);
                for (int x = 0; x < roiRow.Length; x++)
                {
                    if (roiRow[x] != 0)
                    {
                        codeRow[x] = codeOf[levelRow[x]];
                        positions[k++] = target + x;
                    }
                }
            }
        }

        return new TextureGrid(codes, padded, padding, boxSize, greyLevels.ToArray(), positions) { CodeCounts = codeCounts.ToArray() };
    }

    /// <summary>The ROI's voxels per grey level (index = level, up to the highest), refusing levels below 1.</summary>
    private static int[] CountLevels(Volume<int> levels, Volume<byte> mask, BoundingBox box)
    {
        ReadOnlySpan<int> source = levels.Voxels;
        ReadOnlySpan<byte> roi = mask.Voxels;
        var counts = new List<int>();
        for (int z = box.Lower.Z; z <= box.Upper.Z; z++)
        {
            for (int y = box.Lower.Y; y <= box.Upper.Y; y++)
            {
                int row = levels.Size.Offset(box.Lower.X, y, z);
                for (int x = 0; x < box.Size.X; x++)
                {
                    if (roi[row + x] != 0)
                    {
                        int level = source[row + x];
                        if (level < 1)
                        {
                            throw new InvalidOperationException($"A ROI voxel has grey level {level}; discretised levels start at 1.");
                        }

                        while (counts.Count <= level)
                        {
                            counts.Add(0);
                        }

                        counts[level]++;
                    }
                }
            }
        }

        return counts.ToArray();
    }

    /// <summary>The linear step in <see cref="Codes"/> for a neighbour offset.</summary>
    public int Step(Index3 offset) => offset.X + PaddedSize.X * (offset.Y + PaddedSize.Y * offset.Z);

    /// <summary>The coordinate of a position along <paramref name="axis"/> (0 = x, 1 = y, 2 = z), counted from the box's first voxel.</summary>
    public int Coordinate(int position, int axis)
    {
        int x = position % PaddedSize.X;
        int rest = position / PaddedSize.X;
        int value = axis switch
        {
            0 => x,
            1 => rest % PaddedSize.Y,
            _ => rest / PaddedSize.Y,
        };
        return value - Padding;
    }

    /// <summary>The grey level values as doubles, indexed by code (index 0 unused).</summary>
    public double[] LevelValuesByCode()
    {
        var values = new double[GreyLevelCount + 1];
        for (int c = 1; c <= GreyLevelCount; c++)
        {
            values[c] = GreyLevels[c - 1];
        }

        return values;
    }
}
