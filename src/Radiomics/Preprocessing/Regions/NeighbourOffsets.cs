namespace Radiomics.Preprocessing.Regions;

/// <summary>The neighbour steps of a <see cref="Connectivity"/>, as (dx, dy, dz) or as linear offsets in a grid.</summary>
internal static class NeighbourOffsets
{
    /// <summary>The (dx, dy, dz) steps to the neighbours, z slowest then y then x, each step once.</summary>
    public static Index3Step[] Steps(Connectivity connectivity)
    {
        int order = connectivity switch
        {
            Connectivity.Face => 1,
            Connectivity.FaceEdge => 2,
            Connectivity.Full => 3,
            _ => throw new ArgumentOutOfRangeException(nameof(connectivity), connectivity, "Connectivity must be Face, FaceEdge or Full."),
        };
        var steps = new List<Index3Step>(26);
        for (int dz = -1; dz <= 1; dz++)
        {
            for (int dy = -1; dy <= 1; dy++)
            {
                for (int dx = -1; dx <= 1; dx++)
                {
                    int changed = Math.Abs(dx) + Math.Abs(dy) + Math.Abs(dz);
                    if (changed != 0 && changed <= order)
                    {
                        steps.Add(new Index3Step(dx, dy, dz));
                    }
                }
            }
        }

        return [.. steps];
    }

    /// <summary>The steps as linear offsets in a grid whose rows hold <paramref name="rowLength"/> voxels and slices <paramref name="sliceLength"/>.</summary>
    public static int[] Linear(Connectivity connectivity, int rowLength, int sliceLength) =>
        [.. Steps(connectivity).Select(s => s.Dx + s.Dy * rowLength + s.Dz * sliceLength)];

    /// <summary>The connectivity whose background components are the holes of a foreground with <paramref name="foreground"/>.</summary>
    public static Connectivity Complement(Connectivity foreground) =>
        foreground == Connectivity.Face ? Connectivity.Full : Connectivity.Face;
}

/// <summary>One step to a neighbouring voxel.</summary>
internal readonly record struct Index3Step(int Dx, int Dy, int Dz);
