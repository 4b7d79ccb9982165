using System.Globalization;
using Radiomics.Configuration;
using Radiomics.Filters.ImageTypes;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Features.Ibsi;

/// <summary>
/// IBSI local intensity features (IBSI 1, section "Local intensity features", family tag <c>loc</c>). The local
/// mean around a voxel is the mean of every image voxel whose centre lies within the sphere of volume 1 cm³
/// (radius r = (3/(4π))^(1/3) cm ≈ 6.20 mm, physical spacing) centred on it. Image voxels count whether or not they
/// belong to the ROI, so the caller passes an image crop padded by at least r around the ROI
/// (see <see cref="PaddingVoxels"/>); voxels beyond the image edge are left out of the mean. The intensities are
/// the interpolated ones before re-segmentation (re-segmentation changes only the mask).
/// </summary>
public sealed class LocalIntensityFamily : IFeatureFamily
{
    /// <summary>Radius of the 1 cm³ sphere in millimetres.</summary>
    public static readonly double RadiusMm = 10 * Math.Cbrt(3 / (4 * Math.PI));

    private static readonly FeatureInfo[] All = [new("peak_loc", "VJGA"), new("peak_glob", "0F91")];

    /// <inheritdoc/>
    public string Name => "loc";

    /// <inheritdoc/>
    public IReadOnlyList<FeatureInfo> Features => All;

    /// <summary>Voxels of padding per axis that the crop needs so the sphere never leaves it inside the image.</summary>
    public static Index3 PaddingVoxels(Vector3D spacing) =>
        new((int)Math.Ceiling(RadiusMm / spacing.X), (int)Math.Ceiling(RadiusMm / spacing.Y), (int)Math.Ceiling(RadiusMm / spacing.Z));

    /// <summary>
    /// Refuses, before anything is resampled, local means whose work is beyond <paramref name="limits"/>: each of
    /// <paramref name="roiVoxels"/> ROI voxels on a grid of <paramref name="spacing"/> averages the voxels of the 1 cm³
    /// sphere (about 1000 mm³ / voxel volume of them; at 0.2 mm, 125,000), so the operations, ROI voxels × sphere voxels
    /// plus the sphere's box scanned once, may be at most <see cref="InputLimits.MaxVoxels"/> ×
    /// <see cref="FilterWork.OperationsPerLimitVoxel"/> (the bound on a filter's work) and the sphere's box at most
    /// <see cref="InputLimits.MaxVoxels"/>. IBSI's configurations (1–2 mm) are many orders of magnitude below it.
    /// </summary>
    /// <exception cref="ParameterException">The work is beyond the limits; the message names the spacing and the fix.</exception>
    public static void RequireWithinLimits(Vector3D spacing, double roiVoxels, InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Index3 reach = PaddingVoxels(spacing);
        double box = (2.0 * reach.X + 1) * (2.0 * reach.Y + 1) * (2.0 * reach.Z + 1);
        double sphere = Math.Min(box, 1000 / (spacing.X * spacing.Y * spacing.Z));
        double operations = (roiVoxels * sphere) + box;
        if (!(operations <= limits.MaxVoxels * FilterWork.OperationsPerLimitVoxel) || !limits.Allows(box))
        {
            throw new ParameterException(string.Create(CultureInfo.InvariantCulture,
                $"profile ibsi: the local intensity features would average the 1 cm³ sphere ({sphere:G3} voxels at a spacing of " +
                $"{spacing.X:G6} × {spacing.Y:G6} × {spacing.Z:G6} mm) around each of {roiVoxels:G3} ROI voxels, about {operations:G3} operations, " +
                $"more than {limits.Describe()} allows ({FilterWork.OperationsPerLimitVoxel:0} operations per voxel of the limit); use a coarser resampledPixelSpacing"));
        }
    }

    /// <inheritdoc/>
    /// <remarks>Local intensity features read the intensities, never grey levels.</remarks>
    public bool ReadsGreyLevels(IReadOnlyList<FeatureInfo> requested) => false;

    /// <inheritdoc/>
    public double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested)
    {
        (double local, double global) = Peaks(input.Image, input.Mask);
        return requested.Select(r => r.Name == "peak_loc" ? local : global).ToArray();
    }

    /// <summary>
    /// Local intensity peak (IBSI VJGA): the largest local mean among the ROI voxels of maximal intensity. Global
    /// intensity peak (IBSI 0F91): the largest local mean among all ROI voxels. NaN for an empty ROI.
    /// </summary>
    public static (double Local, double Global) Peaks(Volume<double> image, Volume<byte> mask)
    {
        (int X, int Y, int Z)[] offsets = SphereOffsets(image.Geometry.Spacing);
        Size3 size = image.Size;
        ReadOnlySpan<double> values = image.Voxels;
        ReadOnlySpan<byte> roi = mask.Voxels;
        double maxIntensity = double.NegativeInfinity;
        for (int i = 0; i < roi.Length; i++)
        {
            if (roi[i] != 0)
            {
                maxIntensity = Math.Max(maxIntensity, values[i]);
            }
        }

        double local = double.NaN, global = double.NaN;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    int index = x + size.X * (y + size.Y * z);
                    if (roi[index] == 0)
                    {
                        continue;
                    }

                    double mean = LocalMean(values, size, x, y, z, offsets);
                    global = double.IsNaN(global) ? mean : Math.Max(global, mean);
                    if (values[index] == maxIntensity)
                    {
                        local = double.IsNaN(local) ? mean : Math.Max(local, mean);
                    }
                }
            }
        }

        return (local, global);
    }

    private static double LocalMean(ReadOnlySpan<double> values, Size3 size, int x, int y, int z, (int X, int Y, int Z)[] offsets)
    {
        double sum = 0;
        int count = 0;
        foreach ((int dx, int dy, int dz) in offsets)
        {
            int px = x + dx, py = y + dy, pz = z + dz;
            if ((uint)px < (uint)size.X && (uint)py < (uint)size.Y && (uint)pz < (uint)size.Z)
            {
                sum += values[px + size.X * (py + size.Y * pz)];
                count++;
            }
        }

        return sum / count;
    }

    /// <summary>Index offsets whose physical distance from the centre voxel is at most the sphere radius.</summary>
    private static (int X, int Y, int Z)[] SphereOffsets(Vector3D spacing)
    {
        Index3 reach = PaddingVoxels(spacing);
        var offsets = new List<(int, int, int)>();
        double r2 = RadiusMm * RadiusMm;
        for (int dz = -reach.Z; dz <= reach.Z; dz++)
        {
            for (int dy = -reach.Y; dy <= reach.Y; dy++)
            {
                for (int dx = -reach.X; dx <= reach.X; dx++)
                {
                    double d2 = Sq(dx * spacing.X) + Sq(dy * spacing.Y) + Sq(dz * spacing.Z);
                    if (d2 <= r2)
                    {
                        offsets.Add((dx, dy, dz));
                    }
                }
            }
        }

        return offsets.ToArray();
    }

    private static double Sq(double v) => v * v;
}
