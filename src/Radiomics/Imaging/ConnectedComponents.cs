namespace Radiomics.Imaging;

/// <summary>Connected-component counting on binary masks.</summary>
public static class ConnectedComponents
{
    /// <summary>
    /// The number of connected regions of non-zero voxels; 26-connectivity when <paramref name="fullyConnected"/>
    /// (ITK's FullyConnectedOn, which PyRadiomics uses for diagnostics_Mask-*_VolumeNum), else 6-connectivity.
    /// </summary>
    public static int Count(Volume<byte> mask, bool fullyConnected = true)
    {
        Size3 size = mask.Size;
        ReadOnlySpan<byte> voxels = mask.Voxels;
        var visited = new bool[voxels.Length];
        var stack = new Stack<int>();
        int count = 0;
        for (int start = 0; start < voxels.Length; start++)
        {
            if (voxels[start] == 0 || visited[start])
            {
                continue;
            }

            count++;
            visited[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                Index3 p = size.IndexOf(stack.Pop());
                for (int dz = -1; dz <= 1; dz++)
                {
                    for (int dy = -1; dy <= 1; dy++)
                    {
                        for (int dx = -1; dx <= 1; dx++)
                        {
                            int steps = Math.Abs(dx) + Math.Abs(dy) + Math.Abs(dz);
                            if (steps == 0 || (!fullyConnected && steps > 1))
                            {
                                continue;
                            }

                            var q = new Index3(p.X + dx, p.Y + dy, p.Z + dz);
                            if (!size.Contains(q))
                            {
                                continue;
                            }

                            int offset = size.Offset(q);
                            if (voxels[offset] != 0 && !visited[offset])
                            {
                                visited[offset] = true;
                                stack.Push(offset);
                            }
                        }
                    }
                }
            }
        }

        return count;
    }
}
