using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Shape;

/// <summary>
/// PyRadiomics' diameters the slow way: every mesh vertex (the midpoint of every edge between an ROI voxel and a
/// non-ROI voxel, the mask padded by one), all pairs compared, coordinates (index + offset)·spacing in (z, y, x).
/// Indices are those of the mask cropped to the ROI's bounding box and padded by one, as PyRadiomics' arrays, so
/// every distance is rounded exactly as there.
/// </summary>
internal static class BruteForceDiameters
{
    public static (double Slice, double Column, double Row, double Max3D) Of(Volume<byte> mask)
    {
        BoundingBox box = BoundingBox.Of(mask)!.Value;
        Size3 size = box.Size;
        Vector3D s = mask.Geometry.Spacing;
        bool Inside(int x, int y, int z) => (uint)x < (uint)size.X && (uint)y < (uint)size.Y && (uint)z < (uint)size.Z
            && mask[box.Lower.X + x, box.Lower.Y + y, box.Lower.Z + z] != 0;
        var points = new List<(double Z, double Y, double X)>();
        for (int z = -1; z <= size.Z; z++)
        {
            for (int y = -1; y <= size.Y; y++)
            {
                for (int x = -1; x <= size.X; x++)
                {
                    bool here = Inside(x, y, z);
                    // Padded indices are one more than the cropped ones.
                    double pz = z + 1, py = y + 1, px = x + 1;
                    if (here != Inside(x + 1, y, z))
                    {
                        points.Add((pz * s.Z, py * s.Y, (px + 0.5) * s.X));
                    }

                    if (here != Inside(x, y + 1, z))
                    {
                        points.Add((pz * s.Z, (py + 0.5) * s.Y, px * s.X));
                    }

                    if (here != Inside(x, y, z + 1))
                    {
                        points.Add(((pz + 0.5) * s.Z, py * s.Y, px * s.X));
                    }
                }
            }
        }

        double slice = 0, column = 0, row = 0, max = 0;
        for (int i = 0; i < points.Count; i++)
        {
            for (int j = i + 1; j < points.Count; j++)
            {
                var (a, b) = (points[i], points[j]);
                double dz = a.Z - b.Z, dy = a.Y - b.Y, dx = a.X - b.X;
                double d = dz * dz + dy * dy + dx * dx;
                if (a.Z == b.Z && d > slice) slice = d;
                if (a.Y == b.Y && d > column) column = d;
                if (a.X == b.X && d > row) row = d;
                if (d > max) max = d;
            }
        }

        return (Math.Sqrt(slice), Math.Sqrt(column), Math.Sqrt(row), Math.Sqrt(max));
    }
}
