using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// Makes every supervoxel one face-connected piece, as scikit-image's <c>_enforce_label_connectivity_cython</c>: pieces
/// are found in scan order (x fastest) by flood fill over face neighbours of the same cluster; each becomes a new
/// label, unless it has fewer than the minimum size of voxels and an already-labelled face neighbour before it in scan
/// order (−x, then −y, then −z), whose label it joins.
/// </summary>
internal static class SupervoxelConnectivity
{
    /// <summary>The new labels, 1 … <paramref name="count"/>, x fastest.</summary>
    public static int[] Relabel(long[] clusters, Size3 size, int minimumSize, out int count)
    {
        int n = clusters.Length;
        var labels = new int[n];
        var piece = new int[n];
        int next = 0;
        int sliceLength = size.X * size.Y;
        for (int start = 0; start < n; start++)
        {
            if (labels[start] != 0)
            {
                continue;
            }

            int x = start % size.X, y = start / size.X % size.Y, z = start / sliceLength;
            int adjacent = x > 0 ? labels[start - 1] : y > 0 ? labels[start - size.X] : z > 0 ? labels[start - sliceLength] : 0;
            int label = ++next;
            long cluster = clusters[start];
            int length = 0;
            piece[length++] = start;
            labels[start] = label;
            for (int head = 0; head < length; head++)
            {
                int v = piece[head];
                int vx = v % size.X, vy = v / size.X % size.Y, vz = v / sliceLength;
                Visit(vx > 0, v - 1);
                Visit(vx < size.X - 1, v + 1);
                Visit(vy > 0, v - size.X);
                Visit(vy < size.Y - 1, v + size.X);
                Visit(vz > 0, v - sliceLength);
                Visit(vz < size.Z - 1, v + sliceLength);
            }

            if (length < minimumSize && adjacent != 0)
            {
                next--;
                for (int i = 0; i < length; i++)
                {
                    labels[piece[i]] = adjacent;
                }
            }

            void Visit(bool inside, int neighbour)
            {
                if (inside && labels[neighbour] == 0 && clusters[neighbour] == cluster)
                {
                    labels[neighbour] = label;
                    piece[length++] = neighbour;
                }
            }
        }

        count = next;
        return labels;
    }
}
