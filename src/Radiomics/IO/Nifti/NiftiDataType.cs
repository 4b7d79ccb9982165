using Radiomics.Imaging;

namespace Radiomics.IO.Nifti;

/// <summary>NIfTI datatype codes (nifti1.h, NIFTI_TYPE_*) for the scalar types we read and write.</summary>
internal static class NiftiDataType
{
    public static VoxelType? ToVoxelType(int code) => code switch
    {
        2 => VoxelType.UInt8,      // NIFTI_TYPE_UINT8
        4 => VoxelType.Int16,      // NIFTI_TYPE_INT16
        8 => VoxelType.Int32,      // NIFTI_TYPE_INT32
        16 => VoxelType.Float32,   // NIFTI_TYPE_FLOAT32
        64 => VoxelType.Float64,   // NIFTI_TYPE_FLOAT64
        256 => VoxelType.Int8,     // NIFTI_TYPE_INT8
        512 => VoxelType.UInt16,   // NIFTI_TYPE_UINT16
        768 => VoxelType.UInt32,   // NIFTI_TYPE_UINT32
        1024 => VoxelType.Int64,   // NIFTI_TYPE_INT64
        1280 => VoxelType.UInt64,  // NIFTI_TYPE_UINT64
        _ => null,
    };

    public static short FromVoxelType(VoxelType type) => type switch
    {
        VoxelType.UInt8 => 2,
        VoxelType.Int16 => 4,
        VoxelType.Int32 => 8,
        VoxelType.Float32 => 16,
        VoxelType.Float64 => 64,
        VoxelType.Int8 => 256,
        VoxelType.UInt16 => 512,
        VoxelType.UInt32 => 768,
        VoxelType.Int64 => 1024,
        VoxelType.UInt64 => 1280,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string Describe(int code) => code switch
    {
        32 => "complex64",
        128 => "RGB24",
        1536 => "float128",
        1792 => "complex128",
        2048 => "complex256",
        2304 => "RGBA32",
        _ => $"code {code}",
    };
}
