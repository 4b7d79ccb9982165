using Radiomics.Dicom.Pixels;
using Radiomics.Imaging;

namespace Radiomics.Dicom.Series;

/// <summary>
/// Picks the stored type of an assembled series: the smallest integer type that holds every value any slice's
/// stored range can rescale to, when all slopes and intercepts are integers; Float64 otherwise.
/// </summary>
internal static class VoxelTypeChooser
{
    public static VoxelType Choose(IReadOnlyList<SliceFrame> frames, bool forceFloat)
    {
        if (forceFloat)
        {
            return VoxelType.Float64;
        }

        double low = double.MaxValue, high = double.MinValue;
        foreach (SliceFrame frame in frames)
        {
            if (!IsInteger(frame.Slope) || !IsInteger(frame.Intercept))
            {
                return VoxelType.Float64;
            }

            (double storedLow, double storedHigh) = StoredRange(frame.Format);
            double a = storedLow * frame.Slope + frame.Intercept, b = storedHigh * frame.Slope + frame.Intercept;
            low = Math.Min(low, Math.Min(a, b));
            high = Math.Max(high, Math.Max(a, b));
        }

        return (low, high) switch
        {
            _ when low >= byte.MinValue && high <= byte.MaxValue => VoxelType.UInt8,
            _ when low >= sbyte.MinValue && high <= sbyte.MaxValue => VoxelType.Int8,
            _ when low >= short.MinValue && high <= short.MaxValue => VoxelType.Int16,
            _ when low >= ushort.MinValue && high <= ushort.MaxValue => VoxelType.UInt16,
            _ when low >= int.MinValue && high <= int.MaxValue => VoxelType.Int32,
            _ => VoxelType.Float64,
        };
    }

    private static bool IsInteger(double v) => v == Math.Round(v) && Math.Abs(v) < 1e9;

    private static (double Low, double High) StoredRange(PixelFormat format) => format.Signed
        ? (-Math.Pow(2, format.BitsStored - 1), Math.Pow(2, format.BitsStored - 1) - 1)
        : (0, Math.Pow(2, format.BitsStored) - 1);
}
