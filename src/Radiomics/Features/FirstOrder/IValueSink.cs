namespace Radiomics.Features.FirstOrder;

/// <summary>
/// A step that sees the ROI's values one at a time, in voxel order, inside a pass that another computation makes over
/// them anyway (a struct, so the pass is compiled for it and the call inlined).
/// </summary>
internal interface IValueSink
{
    /// <summary>Sees the next value.</summary>
    void Add(double value);
}

/// <summary>The sink that ignores every value (a pass with nothing to fold into it).</summary>
internal readonly struct NoValueSink : IValueSink
{
    /// <inheritdoc/>
    public void Add(double value)
    {
    }
}
