using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Radiomics.Imaging;

namespace Radiomics.Features.Texture.Glszm;

/// <summary>
/// Which voxels certainly join the set of the voxel labelled just before them (x − 1), read off their mask of equal
/// earlier neighbours with a few bit tests, so that a vector of masks is sorted in one go: the x − 1 neighbour is equal,
/// and every equal neighbour is either adjacent to it or adjacent to an equal "bridge" that is adjacent to it too. Such
/// a voxel's equal neighbours are one group, already in one set with x − 1. The rule may miss voxels that also join
/// only that set (through longer paths): those take the table, which gives the same set.
/// </summary>
/// <remarks>
/// For the 3×3×3 cube the offsets not adjacent to x − 1 are the four with x + 1; any of the x = 0 offsets adjacent to
/// both bridges one, e.g. (0, −1, 0) for (1, −1, 0), (0, 0, −1) for all four. Offsets with the same bridges share a
/// (covered offsets, bridges) pair (three for the cube; one, (1, −1) bridged by (0, −1), for a 3×3 square). Up to
/// <see cref="MaxPairs"/> pairs are kept; offsets left over go in the last pair with no bridge (an equal one always
/// takes the table). A neighbourhood without an x − 1 offset gets the rule that holds for no voxel.
/// </remarks>
internal readonly record struct JoinsPreviousRule(ushort Previous, ushort Covered1, ushort Bridges1, ushort Covered2, ushort Bridges2,
    ushort Covered3, ushort Bridges3)
{
    /// <summary>The most (covered offsets, bridges) pairs kept.</summary>
    public const int MaxPairs = 3;

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

        // Each offset not adjacent to x − 1, with the offsets adjacent to both (its bridges), grouped by bridges in
        // offset order; a pair per distinct bridge set.
        var pairs = new List<(int Covered, int Bridges)>();
        for (int o = 0; o < earlier.Length; o++)
        {
            if (o == previous || Adjacent(o, previous))
            {
                continue;
            }

            int bridges = 0;
            for (int b = 0; b < earlier.Length; b++)
            {
                if (b != previous && Adjacent(b, previous) && Adjacent(b, o))
                {
                    bridges |= 1 << b;
                }
            }

            int at = pairs.FindIndex(pair => pair.Bridges == bridges);
            if (at >= 0)
            {
                pairs[at] = (pairs[at].Covered | (1 << o), bridges);
            }
            else
            {
                pairs.Add((1 << o, bridges));
            }
        }

        if (pairs.Count > MaxPairs)
        {
            int leftOver = 0;
            for (int i = MaxPairs - 1; i < pairs.Count; i++)
            {
                leftOver |= pairs[i].Covered;
            }

            pairs[MaxPairs - 1] = (leftOver, 0);
            pairs.RemoveRange(MaxPairs, pairs.Count - MaxPairs);
        }

        while (pairs.Count < MaxPairs)
        {
            pairs.Add((0, 0));
        }

        return new JoinsPreviousRule((ushort)(1 << previous), (ushort)pairs[0].Covered, (ushort)pairs[0].Bridges,
            (ushort)pairs[1].Covered, (ushort)pairs[1].Bridges, (ushort)pairs[2].Covered, (ushort)pairs[2].Bridges);
    }

    /// <summary>Whether a voxel with equal-neighbour mask <paramref name="mask"/> certainly joins x − 1's set alone.</summary>
    public bool Holds(int mask) =>
        (mask & Previous) != 0 && ((mask & Covered1) == 0 || (mask & Bridges1) != 0) && ((mask & Covered2) == 0 || (mask & Bridges2) != 0)
        && ((mask & Covered3) == 0 || (mask & Bridges3) != 0);

    /// <summary>Bit lane set where <see cref="Holds(int)"/> holds for the lane's mask.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Holds(Vector256<ushort> masks)
    {
        var zero = Vector256<ushort>.Zero;
        Vector256<ushort> holds = ~Vector256.Equals(masks & Vector256.Create(Previous), zero)
            & (Vector256.Equals(masks & Vector256.Create(Covered1), zero) | ~Vector256.Equals(masks & Vector256.Create(Bridges1), zero))
            & (Vector256.Equals(masks & Vector256.Create(Covered2), zero) | ~Vector256.Equals(masks & Vector256.Create(Bridges2), zero))
            & (Vector256.Equals(masks & Vector256.Create(Covered3), zero) | ~Vector256.Equals(masks & Vector256.Create(Bridges3), zero));
        return holds.ExtractMostSignificantBits();
    }
}
