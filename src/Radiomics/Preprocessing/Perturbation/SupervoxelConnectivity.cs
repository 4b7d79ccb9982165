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
    public static int[] Relabel(ReadOnlySpan<int> clusters, Size3 size, int minimumSize, out int count)
    {
        int n = clusters.Length;
        var labels = new int[n];
        // The flood fill's queue: voxel offsets with their coordinates (no division per voxel).
        var piece = new int[n];
        var pieceX = new int[n];
        var pieceY = new int[n];
        var pieceZ = new int[n];
        int next = 0, sliceLength = size.X * size.Y, start = 0;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++, start++)
                {
                    if (labels[start] != 0)
                    {
                        continue;
                    }

                    int adjacent = x > 0 ? labels[start - 1] : y > 0 ? labels[start - size.X] : z > 0 ? labels[start - sliceLength] : 0;
                    int label = ++next, cluster = clusters[start], length = 1;
                    (piece[0], pieceX[0], pieceY[0], pieceZ[0]) = (start, x, y, z);
                    labels[start] = label;
                    for (int head = 0; head < length; head++)
                    {
                        int v = piece[head], vx = pieceX[head], vy = pieceY[head], vz = pieceZ[head];
                        // The six face neighbours, each inside the box, not yet labelled and of the same cluster.
                        if (vx > 0 && labels[v - 1] == 0 && clusters[v - 1] == cluster)
                        {
                            labels[v - 1] = label;
                            (piece[length], pieceX[length], pieceY[length], pieceZ[length]) = (v - 1, vx - 1, vy, vz);
                            length++;
                        }

                        if (vx < size.X - 1 && labels[v + 1] == 0 && clusters[v + 1] == cluster)
                        {
                            labels[v + 1] = label;
                            (piece[length], pieceX[length], pieceY[length], pieceZ[length]) = (v + 1, vx + 1, vy, vz);
                            length++;
                        }

                        if (vy > 0 && labels[v - size.X] == 0 && clusters[v - size.X] == cluster)
                        {
                            labels[v - size.X] = label;
                            (piece[length], pieceX[length], pieceY[length], pieceZ[length]) = (v - size.X, vx, vy - 1, vz);
                            length++;
                        }

                        if (vy < size.Y - 1 && labels[v + size.X] == 0 && clusters[v + size.X] == cluster)
                        {
                            labels[v + size.X] = label;
                            (piece[length], pieceX[length], pieceY[length], pieceZ[length]) = (v + size.X, vx, vy + 1, vz);
                            length++;
                        }

                        if (vz > 0 && labels[v - sliceLength] == 0 && clusters[v - sliceLength] == cluster)
                        {
                            labels[v - sliceLength] = label;
                            (piece[length], pieceX[length], pieceY[length], pieceZ[length]) = (v - sliceLength, vx, vy, vz - 1);
                            length++;
                        }

                        if (vz < size.Z - 1 && labels[v + sliceLength] == 0 && clusters[v + sliceLength] == cluster)
                        {
                            labels[v + sliceLength] = label;
                            (piece[length], pieceX[length], pieceY[length], pieceZ[length]) = (v + sliceLength, vx, vy, vz + 1);
                            length++;
                        }
                    }

                    if (length < minimumSize && adjacent != 0)
                    {
                        next--;
                        for (int i = 0; i < length; i++)
                        {
                            labels[piece[i]] = adjacent;
                        }
                    }
                }
            }
        }

        count = next;
        return labels;
    }
}
