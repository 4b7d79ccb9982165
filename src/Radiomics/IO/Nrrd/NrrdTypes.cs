using Radiomics.Imaging;

namespace Radiomics.IO.Nrrd;

/// <summary>NRRD "type" names and all their aliases (NRRD specification, "type" field).</summary>
internal static class NrrdTypes
{
    public static VoxelType Parse(string path, string value) => value.Trim().ToLowerInvariant() switch
    {
        "signed char" or "int8" or "int8_t" => VoxelType.Int8,
        "uchar" or "unsigned char" or "uint8" or "uint8_t" => VoxelType.UInt8,
        "short" or "short int" or "signed short" or "signed short int" or "int16" or "int16_t" => VoxelType.Int16,
        "ushort" or "unsigned short" or "unsigned short int" or "uint16" or "uint16_t" => VoxelType.UInt16,
        "int" or "signed int" or "int32" or "int32_t" => VoxelType.Int32,
        "uint" or "unsigned int" or "uint32" or "uint32_t" => VoxelType.UInt32,
        "longlong" or "long long" or "long long int" or "signed long long" or "signed long long int" or "int64" or "int64_t" => VoxelType.Int64,
        "ulonglong" or "unsigned long long" or "unsigned long long int" or "uint64" or "uint64_t" => VoxelType.UInt64,
        "float" => VoxelType.Float32,
        "double" => VoxelType.Float64,
        _ => throw new ImageFormatException(path, $"unsupported NRRD type {SafeText.Quote(value)}"),
    };

    /// <summary>The canonical name written by <see cref="NrrdWriter"/>.</summary>
    public static string Name(VoxelType type) => type switch
    {
        VoxelType.Int8 => "int8",
        VoxelType.UInt8 => "uint8",
        VoxelType.Int16 => "int16",
        VoxelType.UInt16 => "uint16",
        VoxelType.Int32 => "int32",
        VoxelType.UInt32 => "uint32",
        VoxelType.Int64 => "int64",
        VoxelType.UInt64 => "uint64",
        VoxelType.Float32 => "float",
        VoxelType.Float64 => "double",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
