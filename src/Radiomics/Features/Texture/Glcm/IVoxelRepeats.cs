namespace Radiomics.Features.Texture.Glcm;

/// <summary>
/// Whether a voxel's GLCM pairs are those of its x-predecessor, as a type parameter of the counting kernel: a struct
/// implementation specialises the kernel, so the kernel that never checks carries no check.
/// </summary>
internal interface IVoxelRepeats
{
    /// <summary>Whether the voxel at <paramref name="voxel"/> (a reference into the grid's byte codes) repeats its x-predecessor's pairs.</summary>
    bool Repeats(ref byte voxel);
}
