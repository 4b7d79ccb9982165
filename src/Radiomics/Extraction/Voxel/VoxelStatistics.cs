namespace Radiomics.Extraction.Voxel;

/// <summary>Small NaN-aware reductions the kernel classes share.</summary>
internal static class VoxelStatistics
{
    /// <summary>numpy.nanmean: the mean of the non-NaN values, NaN when there is none.</summary>
    public static double NanMean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        int count = 0;
        foreach (double v in values)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }
}
