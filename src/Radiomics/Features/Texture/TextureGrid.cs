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
    private readonly FeatureInput? _owner;
    private readonly Lock _codesLock = new();
    private readonly int _length;
    private int[]? _codes;
    private byte[]? _byteCodes;

    private TextureGrid(int[]? codes, byte[]? byteCodes, int length, Size3 padded, int padding, Size3 box, int[] greyLevels, int[] roiPositions, FeatureInput? owner)
    {
        _owner = owner;
        _codes = codes;
        _byteCodes = byteCodes;
        _length = length;
        PaddedSize = padded;
        Padding = padding;
        Box = box;
        GreyLevels = greyLevels;
        RoiPositions = roiPositions;
    }

    /// <summary>Zero entries after the padded box in <see cref="Codes"/>: more than the widest vector of ints.</summary>
    public const int Slack = 64;

    /// <summary>
    /// Compact grey-level codes on the padded box (0 outside the ROI), then <see cref="Slack"/> zeros. A grid built for
    /// an input with at most 255 codes writes only <see cref="ByteCodes"/> (every 3D family of the filtered case reads
    /// those): the int codes are then widened from them on first use (in the owner's buffers) and kept.
    /// </summary>
    public int[] Codes => Volatile.Read(ref _codes) ?? Converted(ref _codes, _byteCodes!, WidenInto); // a grid is built with one of the two

    /// <summary>
    /// <see cref="Codes"/> narrowed to bytes (same positions, same slack), or null when there are more than 255 codes:
    /// a quarter of the memory, and four times the voxels per vector for kernels that compare codes. A grid built for an
    /// input writes them (and only them) when it builds (in the owner's buffers); otherwise built from
    /// <see cref="Codes"/> on first use and kept.
    /// </summary>
    public byte[]? ByteCodes => GreyLevelCount > byte.MaxValue ? null : Volatile.Read(ref _byteCodes) ?? Converted(ref _byteCodes, _codes!, NarrowInto);

    private delegate void Conversion<TSource, TTarget>(ReadOnlySpan<TSource> source, Span<TTarget> target);

    /// <summary>
    /// The codes in <paramref name="field"/>, converted from <paramref name="source"/> into a buffer of the owner's (or a
    /// new array) by the first caller, under the lock, and kept for the grid's life.
    /// </summary>
    private TTarget[] Converted<TSource, TTarget>(ref TTarget[]? field, TSource[] source, Conversion<TSource, TTarget> convert)
        where TTarget : unmanaged
    {
        lock (_codesLock)
        {
            if (field is null)
            {
                TTarget[] target = _owner?.RentBuffer<TTarget>(source.Length, clear: false) ?? GC.AllocateUninitializedArray<TTarget>(source.Length);
                convert(source, target);
                Volatile.Write(ref field, target);
            }

            return field;
        }
    }

    /// <summary>The number of positions in the padded box (<see cref="Codes"/> less its slack).</summary>
    public int Length => _length;

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
        int[] positions = owner?.RentBuffer<int>(roiCount, clear: false) ?? new int[roiCount]; // every entry is written below
        if (owner is not null && greyLevels.Count <= byte.MaxValue)
        {
            // Only the byte codes: the int codes are widened from them if a kernel asks (none in 3D with ≤ 255 codes).
            byte[] byteCodes = owner.RentBuffer<byte>(length, clear: false); // every entry is written below
            byte[]? byteCodeOf = greyLevels.Count == maxLevel ? null : Array.ConvertAll(codeOf, c => (byte)c);
            FillCodes<byte>(levels, mask, box, padded, padding, byteCodeOf, byteCodes, positions);
            return new TextureGrid(null, byteCodes, length - Slack, padded, padding, boxSize, greyLevels.ToArray(), positions, owner) { CodeCounts = codeCounts.ToArray() };
        }

        int[] codes = owner?.RentBuffer<int>(length, clear: false) ?? GC.AllocateUninitializedArray<int>(length); // every entry is written below
        FillCodes<int>(levels, mask, box, padded, padding, greyLevels.Count == maxLevel ? null : codeOf, codes, positions);
        return new TextureGrid(codes, null, length - Slack, padded, padding, boxSize, greyLevels.ToArray(), positions, owner) { CodeCounts = codeCounts.ToArray() };
    }

    /// <summary>
    /// Writes every entry of <paramref name="codes"/> once (no clearing pass first): the box's rows — each row's levels
    /// copied (ints) or narrowed (bytes, a vector at a time) as they are when they are the codes, then run by run of the mask the gaps between
    /// runs cleared and, when the levels present have gaps, a run's codes looked up in <paramref name="codeOf"/> (null
    /// when every level 1 … Ng is present, so code = level), its positions counted up — and zeros everywhere else
    /// (padding, slack). <paramref name="positions"/> gets the ROI positions in voxel order.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void FillCodes<T>(Volume<int> levels, Volume<byte> mask, BoundingBox box, Size3 padded, int padding, T[]? codeOf, T[] codes, int[] positions)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        ReadOnlySpan<int> source = levels.Voxels;
        ReadOnlySpan<byte> roi = mask.Voxels;
        Size3 size = levels.Size;
        int width = box.Size.X;
        int written = 0, k = 0;
        for (int z = box.Lower.Z; z <= box.Upper.Z; z++)
        {
            for (int y = box.Lower.Y; y <= box.Upper.Y; y++)
            {
                int row = size.Offset(box.Lower.X, y, z);
                int target = padded.Offset(padding, y - box.Lower.Y + padding, z - box.Lower.Z + padding);
                codes.AsSpan(written, target - written).Clear(); // padding (and any gap) since the previous row
                ReadOnlySpan<byte> roiRow = roi.Slice(row, width);
                ReadOnlySpan<int> levelRow = source.Slice(row, width);
                Span<T> codeRow = codes.AsSpan(target, width);
                if (codeOf is null && typeof(T) == typeof(byte))
                {
                    NarrowInto(levelRow, System.Runtime.InteropServices.MemoryMarshal.Cast<T, byte>(codeRow));
                }
                else if (codeOf is null)
                {
                    levelRow.CopyTo(System.Runtime.InteropServices.MemoryMarshal.Cast<T, int>(codeRow));
                }

                int x = 0;
                for (int start = 0; RoiRuns.Next(roiRow, ref start, out int run); start += run)
                {
                    codeRow[x..start].Clear();
                    if (codeOf is not null)
                    {
                        Span<T> runCodes = codeRow.Slice(start, run);
                        ReadOnlySpan<int> runLevels = levelRow.Slice(start, run);
                        for (int i = 0; i < runLevels.Length; i++)
                        {
                            runCodes[i] = codeOf[runLevels[i]];
                        }
                    }

                    CountUp(positions.AsSpan(k, run), target + start);
                    k += run;
                    x = start + run;
                }

                codeRow[x..].Clear();
                written = target + width;
            }
        }

        codes.AsSpan(written).Clear();
    }

    /// <summary>Fills <paramref name="target"/> with <paramref name="first"/>, <paramref name="first"/> + 1, …</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CountUp(Span<int> target, int first)
    {
        int i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && target.Length >= System.Numerics.Vector<int>.Count)
        {
            int width = System.Numerics.Vector<int>.Count;
            var next = System.Numerics.Vector<int>.Indices + new System.Numerics.Vector<int>(first);
            var step = new System.Numerics.Vector<int>(width);
            for (; i <= target.Length - width; i += width)
            {
                next.CopyTo(target[i..]);
                next += step;
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] = first + i;
        }
    }

    /// <summary><paramref name="target"/>[i] = <paramref name="codes"/>[i] truncated to a byte (same lengths), a vector at a time.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void NarrowInto(ReadOnlySpan<int> codes, Span<byte> target)
    {
        int i = 0;
        if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
        {
            int width = System.Runtime.Intrinsics.Vector256<byte>.Count, quarter = width / 4;
            ref uint source = ref System.Runtime.CompilerServices.Unsafe.As<int, uint>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(codes));
            ref byte destination = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(target);
            for (; i <= codes.Length - width; i += width)
            {
                var low = System.Runtime.Intrinsics.Vector256.Narrow(
                    System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref source, (nuint)i),
                    System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref source, (nuint)(i + quarter)));
                var high = System.Runtime.Intrinsics.Vector256.Narrow(
                    System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref source, (nuint)(i + (2 * quarter))),
                    System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref source, (nuint)(i + (3 * quarter))));
                System.Runtime.Intrinsics.Vector256.StoreUnsafe(System.Runtime.Intrinsics.Vector256.Narrow(low, high), ref destination, (nuint)i);
            }
        }

        for (; i < codes.Length; i++)
        {
            target[i] = (byte)codes[i];
        }
    }

    /// <summary><paramref name="target"/>[i] = <paramref name="codes"/>[i] (same lengths), a vector at a time.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void WidenInto(ReadOnlySpan<byte> codes, Span<int> target)
    {
        int i = 0;
        if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
        {
            int width = System.Runtime.Intrinsics.Vector256<byte>.Count, quarter = width / 4;
            ref byte source = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(codes);
            ref uint destination = ref System.Runtime.CompilerServices.Unsafe.As<int, uint>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(target));
            for (; i <= codes.Length - width; i += width)
            {
                (var low, var high) = System.Runtime.Intrinsics.Vector256.Widen(System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref source, (nuint)i));
                (var first, var second) = System.Runtime.Intrinsics.Vector256.Widen(low);
                (var third, var fourth) = System.Runtime.Intrinsics.Vector256.Widen(high);
                System.Runtime.Intrinsics.Vector256.StoreUnsafe(first, ref destination, (nuint)i);
                System.Runtime.Intrinsics.Vector256.StoreUnsafe(second, ref destination, (nuint)(i + quarter));
                System.Runtime.Intrinsics.Vector256.StoreUnsafe(third, ref destination, (nuint)(i + (2 * quarter)));
                System.Runtime.Intrinsics.Vector256.StoreUnsafe(fourth, ref destination, (nuint)(i + (3 * quarter)));
            }
        }

        for (; i < codes.Length; i++)
        {
            target[i] = codes[i];
        }
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
