namespace Radiomics.Extraction.Voxel;

/// <summary>
/// One feature class computed on kernels: created once per thread (it owns that thread's scratch buffers), it computes
/// the requested features of the kernel loaded in a <see cref="KernelScratch"/> (centred on the ROI voxel numbered
/// <c>ordinal</c>) into <c>values</c>, in the order asked.
/// </summary>
internal interface IVoxelKernel
{
    void Compute(KernelScratch kernel, int ordinal, Span<double> values);
}
