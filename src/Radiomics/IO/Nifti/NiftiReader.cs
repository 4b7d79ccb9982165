using Radiomics.Imaging;
using Radiomics.IO.Internal;

namespace Radiomics.IO.Nifti;

/// <summary>
/// Reads NIfTI-1 and NIfTI-2 images (.nii, .nii.gz, and .hdr/.img pairs, either byte order) with the
/// geometry, pixel type and intensity scaling ITK's NiftiImageIO gives (see <see cref="NiftiGeometry"/>
/// and <see cref="NiftiScaling"/>). A 4th dimension of size 1 is dropped; a vector image
/// (intent_code NIFTI_INTENT_VECTOR, components in dim[5]) becomes <see cref="ImageData.Components"/>.
/// </summary>
internal static class NiftiReader
{
    private const int IntentVector = 1007; // NIFTI_INTENT_VECTOR

    public static ImageData Read(string path, VoxelBufferPool? buffers, InputLimits limits)
    {
        (string headerPath, string? pairedDataPath) = LocateFiles(path);
        using FileStream headerFile = VoxelDataLoader.OpenFile(path, headerPath);
        DataEncoding headerEncoding = IsGzipName(headerPath) ? DataEncoding.Gzip : DataEncoding.Raw;
        using Stream headerStream = VoxelDataLoader.Decode(headerPath, headerFile, headerEncoding);

        Span<byte> first4 = stackalloc byte[4];
        VoxelDataLoader.ReadExactly(path, headerStream, first4, "NIfTI header");
        NiftiHeader header = NiftiHeader.Parse(path, first4, rest => VoxelDataLoader.ReadExactly(path, headerStream, rest, "NIfTI header"));
        int headerSize = header.Version == 1 ? NiftiHeader.Nifti1Size : NiftiHeader.Nifti2Size;

        Layout layout = Layout.Of(path, header);
        VoxelType type = NiftiDataType.ToVoxelType(header.Datatype)
            ?? throw new ImageFormatException(path, $"unsupported NIfTI datatype {NiftiDataType.Describe(header.Datatype)}");
        ImageGeometry geometry = Geometry(path, header, layout);
        long elements = VoxelDataLoader.CountElements(path, [layout.Size.X, layout.Size.Y, layout.Size.Z], layout.Components, limits);
        long bytes = elements * type.SizeInBytes();

        Array voxels;
        if (header.SingleFile)
        {
            if (pairedDataPath is not null && !IsNiiName(path))
            {
                throw new ImageFormatException(path, "the header says the data is in the same file ('n+1'/'n+2'), but this is a .hdr/.img pair");
            }

            long offset = Math.Max(header.VoxOffset, headerSize);
            bool raw = headerEncoding == DataEncoding.Raw;
            VoxelDataLoader.EnsurePlausible(path, headerFile.Length - (raw ? offset : 0), bytes + (raw ? 0 : offset), headerEncoding);
            VoxelDataLoader.Skip(path, headerStream, offset - headerSize, "NIfTI extensions");
            voxels = VoxelDataLoader.ReadVoxels(path, headerStream, type, elements, header.LittleEndian, buffers);
        }
        else
        {
            string dataPath = pairedDataPath ?? throw new ImageFormatException(path, "the header says the data is in a separate .img file ('ni1'/'ni2'); open the .hdr or .img file instead of a .nii file");
            using FileStream dataFile = VoxelDataLoader.OpenFile(path, dataPath);
            DataEncoding dataEncoding = IsGzipName(dataPath) ? DataEncoding.Gzip : DataEncoding.Raw;
            bool raw = dataEncoding == DataEncoding.Raw;
            VoxelDataLoader.EnsurePlausible(path, dataFile.Length - (raw ? header.VoxOffset : 0), bytes + (raw ? 0 : header.VoxOffset), dataEncoding);
            using Stream dataStream = VoxelDataLoader.Decode(dataPath, dataFile, dataEncoding);
            VoxelDataLoader.Skip(path, dataStream, header.VoxOffset, "space before the voxel data");
            voxels = VoxelDataLoader.ReadVoxels(path, dataStream, type, elements, header.LittleEndian, buffers);
        }

        if (layout.Components > 1)
        {
            voxels = ComponentLayout.ToInterleaved(voxels, type, layout.Components);
        }

        var image = new ImageData(geometry, type, voxels, layout.Components);
        return NiftiScaling.Apply(image, header.SclSlope, header.SclInter, buffers);
    }

    private static ImageGeometry Geometry(string path, NiftiHeader header, Layout layout)
    {
        double SanePixDim(int axis) =>
            axis <= header.Dim[0] && double.IsFinite(header.PixDim[axis]) && header.PixDim[axis] != 0 ? header.PixDim[axis] : 1.0;

        double dx = SanePixDim(1), dy = SanePixDim(2), dz = SanePixDim(3);
        double unitScale = (header.XyztUnits & 7) switch
        {
            1 => 1e3,  // NIFTI_UNITS_METER
            3 => 1e-3, // NIFTI_UNITS_MICRON
            _ => 1.0,  // NIFTI_UNITS_MM or unknown
        };

        // ITK keeps a negative pixdim as a negative spacing; a geometry here needs positive spacing, so take |pixdim|.
        double Spacing(int axis, double d) => axis < layout.SpatialDims ? Math.Abs(d) * unitScale : 1.0;
        var spacing = new Vector3D(Spacing(0, dx), Spacing(1, dy), Spacing(2, dz));

        if (header.QformCode <= 0 && header.SformCode <= 0)
        {
            return new ImageGeometry(layout.Size, spacing, Vector3D.Zero, Direction3.Identity);
        }

        RequireFiniteTransforms(path, header);
        double[,] matrix = NiftiGeometry.ChooseMatrix(path, header, dx, dy, dz);
        (Vector3D origin, Direction3 direction) = NiftiGeometry.ToLps(matrix, layout.SpatialDims);
        if (Math.Abs(direction.Determinant) < 1e-6)
        {
            throw new ImageFormatException(path, "the orientation matrix is singular");
        }

        return new ImageGeometry(layout.Size, spacing, origin, direction);
    }

    /// <summary>A transform in use (qform_code or sform_code above 0) must hold finite numbers only: NaN never becomes geometry.</summary>
    private static void RequireFiniteTransforms(string path, NiftiHeader header)
    {
        if (header.SformCode > 0 && !header.Srow.All(double.IsFinite))
        {
            throw new ImageFormatException(path, $"the sform (srow_x, srow_y, srow_z: {string.Join(", ", header.Srow)}) holds a value that is not a finite number");
        }

        double[] qform = [header.QuaternB, header.QuaternC, header.QuaternD, header.QoffsetX, header.QoffsetY, header.QoffsetZ];
        if (header.QformCode > 0 && !qform.All(double.IsFinite))
        {
            throw new ImageFormatException(path, $"the qform (quatern_b, quatern_c, quatern_d, qoffset_x, qoffset_y, qoffset_z: {string.Join(", ", qform)}) holds a value that is not a finite number");
        }
    }

    private static (string HeaderPath, string? DataPath) LocateFiles(string path)
    {
        string lower = path.ToLowerInvariant();
        if (IsNiiName(path))
        {
            // A .nii may still be a 'ni1' header with a separate .img (rare); offer the .img beside it.
            string stem = path[..^(lower.EndsWith(".gz", StringComparison.Ordinal) ? 7 : 4)];
            return (path, FirstExisting(stem + ".img", stem + ".img.gz"));
        }

        if (lower.EndsWith(".hdr", StringComparison.Ordinal) || lower.EndsWith(".hdr.gz", StringComparison.Ordinal))
        {
            string stem = path[..^(lower.EndsWith(".gz", StringComparison.Ordinal) ? 7 : 4)];
            return (path, FirstExisting(stem + ".img", stem + ".img.gz", stem + ".IMG") ?? stem + ".img");
        }

        // .img or .img.gz: the header is the .hdr beside it.
        string imgStem = path[..^(lower.EndsWith(".gz", StringComparison.Ordinal) ? 7 : 4)];
        string header = FirstExisting(imgStem + ".hdr", imgStem + ".hdr.gz", imgStem + ".HDR")
            ?? throw new ImageFormatException(path, $"header file '{imgStem}.hdr' not found");
        return (header, path);
    }

    private static string? FirstExisting(params string[] candidates) => candidates.FirstOrDefault(c => InputFiles.KindOf(c) != FileKind.Missing);

    private static bool IsNiiName(string path) =>
        path.EndsWith(".nii", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".nii.gz", StringComparison.OrdinalIgnoreCase);

    private static bool IsGzipName(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>Which header dimensions make up the image, following niftilib's repairs and ITK's choices.</summary>
    private readonly record struct Layout(Size3 Size, int Components, int SpatialDims)
    {
        public static Layout Of(string path, NiftiHeader header)
        {
            long[] dim = header.Dim;
            long ndim = dim[0];
            if (ndim < 1 || ndim > 7)
            {
                throw new ImageFormatException(path, $"invalid dim[0] = {ndim} (must be 1 to 7)");
            }

            if (dim[1] < 1)
            {
                throw new ImageFormatException(path, $"invalid dim[1] = {dim[1]} (must be at least 1)");
            }

            // niftilib: dimensions inside dim[0] that are ≤ 0 count as 1; those beyond dim[0] are 1.
            long D(int i) => i <= ndim && dim[i] > 0 ? dim[i] : 1;
            foreach (int i in new[] { 1, 2, 3 })
            {
                if (D(i) > int.MaxValue)
                {
                    throw new ImageFormatException(path, $"dim[{i}] = {D(i)} is too large");
                }
            }

            var size = new Size3((int)D(1), (int)D(2), (int)D(3));
            int components = 1;
            int spatial;
            if (header.IntentCode == IntentVector && ndim >= 5)
            {
                if (D(5) > VoxelBuffers.MaxElements)
                {
                    throw new ImageFormatException(path, $"dim[5] = {D(5)} vector components is too many");
                }

                components = (int)D(5);
                if (D(4) > 1 || D(6) > 1 || D(7) > 1)
                {
                    throw new ImageFormatException(path, "vector images with a time axis or more than 5 dimensions are not supported");
                }

                spatial = D(3) > 1 ? 3 : D(2) > 1 ? 2 : 1;
            }
            else
            {
                long realDims = ndim;
                while (realDims > 3 && D((int)realDims) == 1)
                {
                    realDims--;
                }

                if (realDims > 3)
                {
                    throw new ImageFormatException(path, $"{realDims}-D images are not supported (dim[4..7] = {D(4)}, {D(5)}, {D(6)}, {D(7)}; only a singleton 4th dimension, or a vector 5th dimension, is accepted)");
                }

                spatial = (int)realDims;
            }

            return new Layout(size, components, spatial);
        }
    }
}
