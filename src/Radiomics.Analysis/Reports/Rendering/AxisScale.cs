namespace Radiomics.Analysis.Reports.Rendering;

/// <summary>
/// How one axis of a slice maps voxels to pixels: each voxel becomes <see cref="Replicate"/> pixels, or each run of
/// <see cref="Reduce"/> voxels one pixel (never both above 1). Integer steps keep the outline's pixels exact.
/// </summary>
internal readonly record struct AxisScale(int Replicate, int Reduce)
{
    public static AxisScale One => new(1, 1);

    /// <summary>The nearest integer scale for voxels of <paramref name="spacing"/> mm shown at <paramref name="pixelMm"/> mm per pixel.</summary>
    public static AxisScale For(double spacing, double pixelMm)
    {
        double factor = spacing / pixelMm;
        return factor >= 1
            ? new AxisScale(Math.Max(1, (int)Math.Round(factor)), 1)
            : new AxisScale(1, Math.Max(1, (int)Math.Round(1 / factor)));
    }

    /// <summary>The pixels <paramref name="voxels"/> voxels take.</summary>
    public int Pixels(int voxels) => (voxels + Reduce - 1) / Reduce * Replicate;
}
