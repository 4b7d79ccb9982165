using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Glszm;

/// <summary>
/// Which voxels certainly join the set of the voxel labelled just before them (x − 1), read off their mask of equal
/// earlier neighbours with a few bit tests, so that a vector of masks is sorted in one go: the x − 1 neighbour is equal,
/// and every equal neighbour is either adjacent to it or adjacent to an equal "bridge" that is. Such a voxel's equal
/// neighbours are one group, already in one set with x − 1. The rule may miss voxels that also join only that set
/// (through other bridges): those take the table, which gives the same set.
/// </summary>
/// <remarks>
/// For the 3×3×3 cube the offsets not adjacent to x − 1 are the four with x + 1, and (0, 0, −1) bridges all of them;
/// for a 3×3 square it is (1, −1) bridged by (0, −1). Up to two (covered offsets, bridge) pairs are kept; offsets left
/// over go in the second pair with no bridge (an equal one always takes the table). A neighbourhood without an x − 1
/// offset gets the rule that holds for no voxel.
/// </remarks>
internal readonly record struct JoinsPreviousRule(ushort Previous, ushort Covered1, ushort Bridge1, ushort Covered2, ushort Bridge2)
{
    /// <summary>The rule for earlier offsets <paramref name="earlier"/> (mask bit d = offset d) of a neighbourhood.</summary>
    public static JoinsPreviousRule For(Index3[] earlier, HashSet<Index3> neighbourhood)
    {
        int previous = Array.IndexOf(earlier, new Index3(-1, 0, 0));
        if (previous < 0)
        {
            return default;
        }

        bool Adjacent(int i, int j) =>
            i != j && neighbourhood.Contains(new Index3(earlier[j].X - earlier[i].X, earlier[j].Y - earlier[i].Y, earlier[j].Z - earlier[i].Z));

        int open = 0;
        for (int o = 0; o < earlier.Length; o++)
        {
            if (o != previous && !Adjacent(o, previous))
            {
                open |= 1 << o;
            }
        }

        (int covered1, int bridge1) = BestBridge(earlier.Length, previous, open, Adjacent);
        open &= ~covered1;
        (int covered2, int bridge2) = BestBridge(earlier.Length, previous, open, Adjacent);
        if (covered2 != open)
        {
            (covered2, bridge2) = (open, 0);
        }

        return new JoinsPreviousRule((ushort)(1 << previous), (ushort)covered1, (ushort)bridge1, (ushort)covered2, (ushort)bridge2);
    }

    /// <summary>Whether a voxel with equal-neighbour mask <paramref name="mask"/> certainly joins x − 1's set alone.</summary>
    public bool Holds(int mask) =>
        (mask & Previous) != 0 && ((mask & Covered1) == 0 || (mask & Bridge1) != 0) && ((mask & Covered2) == 0 || (mask & Bridge2) != 0);

    /// <summary>Bit lane set where <see cref="Holds(int)"/> holds for the lane's mask.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Holds(Vector256<ushort> masks)
    {
        var zero = Vector256<ushort>.Zero;
        Vector256<ushort> holds = ~Vector256.Equals(masks & Vector256.Create(Previous), zero)
            & (Vector256.Equals(masks & Vector256.Create(Covered1), zero) | ~Vector256.Equals(masks & Vector256.Create(Bridge1), zero))
            & (Vector256.Equals(masks & Vector256.Create(Covered2), zero) | ~Vector256.Equals(masks & Vector256.Create(Bridge2), zero));
        return holds.ExtractMostSignificantBits();
    }

    /// <summary>The bridge adjacent to x − 1 that is adjacent to most of <paramref name="open"/>, and those it covers.</summary>
    private static (int Covered, int Bridge) BestBridge(int count, int previous, int open, Func<int, int, bool> adjacent)
    {
        (int covered, int bridge) = (0, 0);
        for (int b = 0; b < count && open != 0; b++)
        {
            if (b == previous || !adjacent(b, previous))
            {
                continue;
            }

            int reach = 0;
            for (int o = 0; o < count; o++)
            {
                if ((open & (1 << o)) != 0 && adjacent(b, o))
                {
                    reach |= 1 << o;
                }
            }

            if (BitOperations.PopCount((uint)reach) > BitOperations.PopCount((uint)covered))
            {
                (covered, bridge) = (reach, 1 << b);
            }
        }

        return (covered, bridge);
    }
}
