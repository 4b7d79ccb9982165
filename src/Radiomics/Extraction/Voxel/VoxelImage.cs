using Radiomics.Configuration;
using Radiomics.Features.Texture;
using Radiomics.Imaging;
using Radiomics.Preprocessing;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// One derived image ready for voxel-based computation, as PyRadiomics' feature classes see it in voxel mode: the image
/// cropped to the ROI's bounding box padded by <c>kernelRadius</c> (the map grid), the ROI on that grid, which voxels a
/// kernel may hold (ROI voxels, or every voxel of the grid), and the grey levels the discretisation stage computed once
/// over those voxels: the whole ROI (<c>maskedKernel: true</c>) or the whole cropped image (<c>maskedKernel: false</c>).
/// </summary>
internal sealed class VoxelImage
{
    /// <summary>
    /// The voxel image of <paramref name="image"/>, whose grey levels the discretisation stage computed over
    /// <paramref name="kernelMember"/> (<see cref="KernelMembers"/>) on the same grid.
    /// </summary>
    public VoxelImage(Volume<double> image, Volume<byte> roi, Volume<byte> kernelMember, DiscretisedImage discretised, RadiomicsSettings settings)
    {
        if (image.Size != roi.Size || image.Size != kernelMember.Size || image.Size != discretised.Levels.Size)
        {
            throw new ArgumentException("Image, ROI, kernel members and grey levels must share the map grid.", nameof(roi));
        }

        Settings = settings;
        Size = image.Size;
        Geometry = image.Geometry;
        Intensities = image.Buffer;
        ReadOnlySpan<byte> roiVoxels = roi.Voxels;
        byte[] member = kernelMember.Buffer;
        KernelMember = member;
        Levels = discretised.Levels.Buffer;
        MaxLevel = discretised.MaxLevel;
        var present = new bool[MaxLevel + 1];
        for (int i = 0; i < member.Length; i++)
        {
            if (member[i] != 0)
            {
                present[Levels[i]] = true;
            }
        }

        GreyLevelCount = present.Count(p => p) - (present[0] ? 1 : 0);

        int roiCount = roiVoxels.Length - roiVoxels.Count((byte)0);
        RoiPositions = new int[roiCount];
        int k = 0;
        for (int i = 0; i < roiVoxels.Length; i++)
        {
            if (roiVoxels[i] != 0)
            {
                RoiPositions[k++] = i;
            }
        }

        int? outOfPlane = settings.Features.Force2D ? TextureLayout.SliceAxisOf(settings) : null;
        OutOfPlaneAxis = outOfPlane;
        int r = settings.Voxel.KernelRadius;
        Radius = new Index3(outOfPlane == 0 ? 0 : r, outOfPlane == 1 ? 0 : r, outOfPlane == 2 ? 0 : r);
    }

    /// <summary>
    /// The voxels a kernel may hold, 1 or 0 on the map grid: PyRadiomics' <c>maskArray</c>, the ROI with
    /// <c>maskedKernel</c>, else every voxel of the cropped image. It bounds both the discretisation and the kernels.
    /// </summary>
    public static Volume<byte> KernelMembers(Volume<byte> roi, RadiomicsSettings settings)
    {
        ReadOnlySpan<byte> roiVoxels = roi.Voxels;
        var member = new byte[roiVoxels.Length];
        if (settings.Voxel.MaskedKernel)
        {
            for (int i = 0; i < member.Length; i++)
            {
                member[i] = roiVoxels[i] != 0 ? (byte)1 : (byte)0;
            }
        }
        else
        {
            member.AsSpan().Fill(1);
        }

        return new Volume<byte>(roi.Geometry, member);
    }

    public RadiomicsSettings Settings { get; }

    /// <summary>Size of the map grid (the cropped image).</summary>
    public Size3 Size { get; }

    public ImageGeometry Geometry { get; }

    /// <summary>Intensities on the map grid, x fastest.</summary>
    public double[] Intensities { get; }

    /// <summary>Discretised grey levels (1 … <see cref="MaxLevel"/>) of the voxels a kernel may hold, 0 elsewhere.</summary>
    public int[] Levels { get; }

    /// <summary>1 where a voxel may belong to a kernel (ROI voxels, or all with maskedKernel false).</summary>
    public byte[] KernelMember { get; }

    /// <summary>PyRadiomics' <c>Ng</c>: the highest grey level after the one discretisation.</summary>
    public int MaxLevel { get; }

    /// <summary>The number of distinct grey levels after the one discretisation (PyRadiomics' <c>len(grayLevels)</c>).</summary>
    public int GreyLevelCount { get; }

    /// <summary>Linear positions of the ROI voxels (the map voxels that get values), in PyRadiomics' order.</summary>
    public int[] RoiPositions { get; }

    /// <summary>Kernel half-width per axis: <c>kernelRadius</c>, 0 along the force2D axis.</summary>
    public Index3 Radius { get; }

    /// <summary>The axis (0 = x, 1 = y, 2 = z) neighbours must not move along (force2D), or null.</summary>
    public int? OutOfPlaneAxis { get; }
}
