using Radiomics.Imaging;

namespace Radiomics.Features.Texture;

/// <summary>
/// Neighbour offsets ("angles") as PyRadiomics generates them (<c>cmatrices.c</c>, <c>build_angles</c>): every offset
/// whose Chebyshev (infinity-norm) length is one of the requested distances, that moves no further than the ROI's
/// bounding box allows along any axis, and (with force2D) does not move along the out-of-plane axis. Offsets are
/// enumerated as PyRadiomics does in (z, y, x) order from +d down to −d; the mono-directional set is the first half
/// of that sequence (13 offsets in 3D and 4 in 2D for distance 1), each paired with its opposite in the second half.
/// </summary>
public static class TextureDirections
{
    /// <summary>
    /// The offsets (x, y, z) for a ROI whose bounding box is <paramref name="roiBox"/>.
    /// </summary>
    /// <param name="roiBox">Size of the ROI's bounding box; an offset must be shorter than the box along every axis.</param>
    /// <param name="distances">Chebyshev distances to include (each ≥ 1).</param>
    /// <param name="bidirectional">True for both members of every pair (26 in 3D for distance 1), false for one (13).</param>
    /// <param name="outOfPlaneAxis">Axis (0 = x, 1 = y, 2 = z) that offsets must not move along, or null for 3D.</param>
    public static Index3[] Generate(Size3 roiBox, IReadOnlyList<int> distances, bool bidirectional, int? outOfPlaneAxis)
    {
        ArgumentNullException.ThrowIfNull(distances);
        if (distances.Count == 0 || distances.Any(d => d < 1))
        {
            throw new ArgumentException("Texture distances must be integers ≥ 1.", nameof(distances));
        }

        int maxDistance = distances.Max();
        int n = 2 * maxDistance + 1;
        var valid = new List<Index3>();
        for (int zi = 0; zi < n; zi++)
        {
            for (int yi = 0; yi < n; yi++)
            {
                for (int xi = 0; xi < n; xi++)
                {
                    var offset = new Index3(maxDistance - xi, maxDistance - yi, maxDistance - zi);
                    if (IsValid(offset, roiBox, distances, outOfPlaneAxis))
                    {
                        valid.Add(offset);
                    }
                }
            }
        }

        return bidirectional ? valid.ToArray() : valid.Take(valid.Count / 2).ToArray();
    }

    /// <summary>The four in-plane offsets (distance 1) of a slice perpendicular to <paramref name="sliceAxis"/>, in PyRadiomics' order.</summary>
    public static Index3[] InPlane(int sliceAxis) =>
        Generate(new Size3(int.MaxValue, int.MaxValue, int.MaxValue), [1], bidirectional: false, sliceAxis);

    /// <summary>The 13 mono-directional 3D offsets for distance 1, in PyRadiomics' order.</summary>
    public static Index3[] Volume() =>
        Generate(new Size3(int.MaxValue, int.MaxValue, int.MaxValue), [1], bidirectional: false, null);

    /// <summary>Chebyshev length of an offset.</summary>
    public static int ChebyshevLength(Index3 offset) =>
        Math.Max(Math.Abs(offset.X), Math.Max(Math.Abs(offset.Y), Math.Abs(offset.Z)));

    private static bool IsValid(Index3 offset, Size3 roiBox, IReadOnlyList<int> distances, int? outOfPlaneAxis)
    {
        for (int axis = 0; axis < 3; axis++)
        {
            int o = offset[axis];
            if ((outOfPlaneAxis == axis && o != 0) || o >= roiBox[axis] || o <= -roiBox[axis])
            {
                return false;
            }
        }

        int length = ChebyshevLength(offset);
        if (length < 1)
        {
            return false;
        }

        for (int i = 0; i < distances.Count; i++)
        {
            if (distances[i] == length)
            {
                return true;
            }
        }

        return false;
    }
}
