using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Radiomics.Imaging;
using Radiomics.IO.Internal;

namespace Radiomics.IO.Nifti;

/// <summary>
/// Writes a single-file NIfTI-1 image (.nii, or .nii.gz compressed) the way ITK's NiftiImageIO does:
/// qform and sform both set with code NIFTI_XFORM_SCANNER_ANAT, the qform as a quaternion of the LPS→RAS
/// flipped direction (pixdim[0] = qfac), the sform as direction·diag(spacing), units mm and s, slope 1.
/// Vector images are written with intent NIFTI_INTENT_VECTOR and components in dim[5]. NIfTI stores
/// geometry in single precision, so spacing, origin and direction round to float.
/// </summary>
internal static class NiftiWriter
{
    public static void Write(ImageData image, string path, ImageWriteOptions options)
    {
        Size3 size = image.Geometry.Size;
        if (size.X > short.MaxValue || size.Y > short.MaxValue || size.Z > short.MaxValue)
        {
            throw new ImageFormatException(path, $"image size {size} exceeds NIfTI-1's limit of {short.MaxValue} voxels per axis");
        }

        bool little = !options.BigEndian;
        byte[] header = BuildHeader(image, little);
        Array voxels = image.Components > 1 ? ComponentLayout.ToPlanar(image.Voxels, image.VoxelType, image.Components) : image.Voxels;
        bool gzip = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        AtomicFile.Write(path, file =>
        {
            using Stream stream = gzip ? new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true) : new NonClosingStream(file);
            stream.Write(header);
            VoxelDataWriter.Write(stream, voxels, image.VoxelType, little);
        });
    }

    private static byte[] BuildHeader(ImageData image, bool little)
    {
        var h = new byte[NiftiHeader.Nifti1Size + 4]; // + the 4-byte extension flag (no extensions)
        var w = new FieldWriter(h, little);
        ImageGeometry g = image.Geometry;
        w.I32(0, NiftiHeader.Nifti1Size);
        h[39] = 0; // dim_info
        bool vector = image.Components > 1;
        short[] dim = vector
            ? [5, (short)g.Size.X, (short)g.Size.Y, (short)g.Size.Z, 1, checked((short)image.Components), 1, 1]
            : [3, (short)g.Size.X, (short)g.Size.Y, (short)g.Size.Z, 1, 1, 1, 1];
        for (int i = 0; i < 8; i++)
        {
            w.I16(40 + 2 * i, dim[i]);
        }

        w.I16(68, (short)(vector ? 1007 : 0)); // intent_code: NIFTI_INTENT_VECTOR or none
        w.I16(70, NiftiDataType.FromVoxelType(image.VoxelType));
        w.I16(72, (short)(8 * image.VoxelType.SizeInBytes()));

        // RAS direction: ITK negates x and y of each LPS column and rounds to float.
        var ras = new double[3, 3];
        for (int j = 0; j < 3; j++)
        {
            Vector3D column = g.Direction.Column(j);
            ras[0, j] = (float)-column.X;
            ras[1, j] = (float)-column.Y;
            ras[2, j] = (float)column.Z;
        }

        (double b, double c, double d, double qfac) = NiftiQuaternion.FromRotation(ras);
        w.F32(76, (float)qfac);
        w.F32(80, (float)g.Spacing.X);
        w.F32(84, (float)g.Spacing.Y);
        w.F32(88, (float)g.Spacing.Z);
        w.F32(108, NiftiHeader.Nifti1Size + 4); // vox_offset
        w.F32(112, 1); // scl_slope
        w.F32(116, 0); // scl_inter
        h[123] = 2 | 8; // xyzt_units: NIFTI_UNITS_MM | NIFTI_UNITS_SEC
        Encoding.ASCII.GetBytes("Radiomics.NET").CopyTo(h, 148);
        w.I16(252, 1); // qform_code: NIFTI_XFORM_SCANNER_ANAT
        w.I16(254, 1); // sform_code: NIFTI_XFORM_SCANNER_ANAT
        w.F32(256, (float)b);
        w.F32(260, (float)c);
        w.F32(264, (float)d);
        float ox = (float)-g.Origin.X, oy = (float)-g.Origin.Y, oz = (float)g.Origin.Z;
        w.F32(268, ox);
        w.F32(272, oy);
        w.F32(276, oz);
        float[] spacing = [(float)g.Spacing.X, (float)g.Spacing.Y, (float)g.Spacing.Z];
        float[] offsets = [ox, oy, oz];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                w.F32(280 + 16 * i + 4 * j, spacing[j] * (float)ras[i, j]);
            }

            w.F32(280 + 16 * i + 12, offsets[i]);
        }

        Encoding.ASCII.GetBytes("n+1\0").CopyTo(h, 344);
        return h;
    }

    private readonly ref struct FieldWriter(Span<byte> bytes, bool little)
    {
        private readonly Span<byte> _bytes = bytes;

        public void I16(int o, short v)
        {
            if (little) { BinaryPrimitives.WriteInt16LittleEndian(_bytes[o..], v); } else { BinaryPrimitives.WriteInt16BigEndian(_bytes[o..], v); }
        }

        public void I32(int o, int v)
        {
            if (little) { BinaryPrimitives.WriteInt32LittleEndian(_bytes[o..], v); } else { BinaryPrimitives.WriteInt32BigEndian(_bytes[o..], v); }
        }

        public void F32(int o, float v)
        {
            if (little) { BinaryPrimitives.WriteSingleLittleEndian(_bytes[o..], v); } else { BinaryPrimitives.WriteSingleBigEndian(_bytes[o..], v); }
        }
    }
}
