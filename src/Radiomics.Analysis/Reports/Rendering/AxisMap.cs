using Radiomics.Imaging;

namespace Radiomics.Analysis.Reports.Rendering;

/// <summary>
/// Which index axis of an image runs along each patient axis (LPS: x towards the left, y posterior, z superior) and
/// whether it runs the positive way, from the direction cosines: each patient axis takes the index axis with the
/// largest cosine. When that is not one axis each (an oblique grid near 45°), index axis i stands for patient axis i.
/// </summary>
internal sealed record AxisMap(int[] IndexAxis, bool[] Positive)
{
    public static AxisMap Of(Direction3 direction)
    {
        var axes = new int[3];
        for (int p = 0; p < 3; p++)
        {
            int best = 0;
            for (int a = 1; a < 3; a++)
            {
                if (Math.Abs(direction[p, a]) > Math.Abs(direction[p, best]))
                {
                    best = a;
                }
            }

            axes[p] = best;
        }

        if (axes.Distinct().Count() != 3)
        {
            axes = [0, 1, 2];
        }

        return new AxisMap(axes, [direction[0, axes[0]] >= 0, direction[1, axes[1]] >= 0, direction[2, axes[2]] >= 0]);
    }

    /// <summary>
    /// The layout of <paramref name="plane"/> in radiological display: the index axis normal to it, the axis along the
    /// columns (left to right) and along the rows (top to bottom), and whether each runs with ascending index.
    /// </summary>
    public PlaneLayout Layout(AnatomicalPlane plane) => plane switch
    {
        // Axial: patient right on the left (+x to the right), anterior up (+y down).
        AnatomicalPlane.Axial => new(IndexAxis[2], IndexAxis[0], Positive[0], IndexAxis[1], Positive[1]),
        // Coronal: +x to the right, superior up (−z down).
        AnatomicalPlane.Coronal => new(IndexAxis[1], IndexAxis[0], Positive[0], IndexAxis[2], !Positive[2]),
        // Sagittal: anterior on the left (+y to the right), superior up.
        _ => new(IndexAxis[0], IndexAxis[1], Positive[1], IndexAxis[2], !Positive[2]),
    };
}
