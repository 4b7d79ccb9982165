using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// IBSI 2 mean filter (S60F): the average over an M-voxel wide window (M×M in 2D, M×M×M in 3D), computed as
/// separable 1D box convolutions. Preserves a constant image for every boundary mode except <see cref="BoundaryMode.Zero"/>
/// near the border.
/// </summary>
public sealed record MeanFilter : Ibsi2Filter
{
    /// <summary>A mean filter over an <paramref name="support"/>-voxel wide window.</summary>
    /// <param name="support">The window width M in voxels, positive and odd.</param>
    /// <param name="dimension">2D (M×M) or 3D (M×M×M).</param>
    /// <param name="boundary">How the image is extended beyond its border.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="support"/> is not a positive odd number.</exception>
    public MeanFilter(int support, FilterDimension dimension, BoundaryMode boundary)
        : base(dimension, boundary)
    {
        if (support < 1 || support % 2 == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(support), support, "The mean filter support M (voxels) must be a positive odd number.");
        }

        Support = support;
    }

    /// <summary>The window width M in voxels (odd).</summary>
    public int Support { get; }

    /// <inheritdoc/>
    public override string Describe() => $"mean M={Support} {Dimension} {Boundary}";

    internal override double[] Execute(double[] voxels, Size3 size, Vector3D spacing, FilterExecution execution)
    {
        var box = new double[Support];
        Array.Fill(box, 1.0 / Support);
        return SeparableConvolution.Apply(voxels, size, [box, box, Is3D ? box : null], Boundary, execution);
    }
}
