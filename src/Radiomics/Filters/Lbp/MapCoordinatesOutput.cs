using Radiomics.Imaging;

namespace Radiomics.Filters.Lbp;

/// <summary>
/// How scipy's <c>ndimage.map_coordinates</c> stores an interpolated value when no output array is given: in the
/// input array's own type (<c>_ni_support._get_output</c> allocates <c>numpy.zeros(shape, dtype=input.dtype)</c>).
/// The interpolation itself runs in double (ni_interpolation.c); the store then is the C conversion for float types
/// (float32: round to nearest) and, for integer types, <c>CASE_INTERP_OUT_INT</c>/<c>_UINT</c>: add ±0.5 (0 for
/// negative values of unsigned types), clamp to the type's range, truncate.
/// </summary>
internal static class MapCoordinatesOutput
{
    /// <summary><paramref name="value"/> as map_coordinates stores it in an array of <paramref name="type"/>.</summary>
    public static double Store(double value, VoxelType type) => type switch
    {
        VoxelType.Float64 => value,
        VoxelType.Float32 => (float)value,
        VoxelType.Int8 => Signed(value, sbyte.MinValue, sbyte.MaxValue),
        VoxelType.Int16 => Signed(value, short.MinValue, short.MaxValue),
        VoxelType.Int32 => Signed(value, int.MinValue, int.MaxValue),
        VoxelType.Int64 => Signed(value, long.MinValue, long.MaxValue),
        VoxelType.UInt8 => Unsigned(value, byte.MaxValue),
        VoxelType.UInt16 => Unsigned(value, ushort.MaxValue),
        VoxelType.UInt32 => Unsigned(value, uint.MaxValue),
        VoxelType.UInt64 => Unsigned(value, ulong.MaxValue),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown voxel type."),
    };

    /// <summary>Stores every value of <paramref name="values"/> in place.</summary>
    public static void Store(Span<double> values, VoxelType type)
    {
        if (type == VoxelType.Float64)
        {
            return;
        }

        if (type == VoxelType.Float32)
        {
            foreach (ref double value in values)
            {
                value = (float)value;
            }

            return;
        }

        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Store(values[i], type);
        }
    }

    private static double Signed(double value, double min, double max)
    {
        double t = value > 0 ? value + 0.5 : value - 0.5;
        return Math.Truncate(Math.Clamp(t, min, max));
    }

    private static double Unsigned(double value, double max)
    {
        double t = value > 0 ? value + 0.5 : 0;
        return Math.Truncate(Math.Min(t, max));
    }
}
