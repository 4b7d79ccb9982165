namespace Radiomics.Imaging;

/// <summary>The stored type of a voxel in a file. Every type reads without loss of value.</summary>
public enum VoxelType
{
    /// <summary>Signed 8-bit integer (NIfTI INT8).</summary>
    Int8,
    /// <summary>Unsigned 8-bit integer (NIfTI UINT8; the usual mask type).</summary>
    UInt8,
    /// <summary>Signed 16-bit integer (NIfTI INT16; the usual CT type).</summary>
    Int16,
    /// <summary>Unsigned 16-bit integer.</summary>
    UInt16,
    /// <summary>Signed 32-bit integer.</summary>
    Int32,
    /// <summary>Unsigned 32-bit integer.</summary>
    UInt32,
    /// <summary>Signed 64-bit integer (values beyond 2^53 round when read as double).</summary>
    Int64,
    /// <summary>Unsigned 64-bit integer (values beyond 2^53 round when read as double).</summary>
    UInt64,
    /// <summary>IEEE 754 single precision.</summary>
    Float32,
    /// <summary>IEEE 754 double precision (the pipeline's own type).</summary>
    Float64,
}
