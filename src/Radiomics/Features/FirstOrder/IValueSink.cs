namespace Radiomics.Features.FirstOrder;

/// <summary>
/// A step that sees the ROI's values one at a time, in voxel order, inside a pass that another computation makes over
/// them anyway (a struct, so the pass is compiled for it and the call inlined).
/// </summary>
internal interface IValueSink
{
    /// <summary>Sees the next value, number <paramref name="position"/> (0, 1, 2, … in the order shown).</summary>
    /// <remarks>The caller counts the positions (a register in its loop): a sink that kept its own count in a field
    /// would carry a store-to-load chain from value to value where the struct is not split into registers (AOT).</remarks>
    void Add(double value, int position);
}

/// <summary>The sink that ignores every value (a pass with nothing to fold into it).</summary>
internal readonly struct NoValueSink : IValueSink
{
    /// <inheritdoc/>
    public void Add(double value, int position)
    {
    }
}
