namespace Radiomics.Filters.Ibsi2;

/// <summary>The image processing of an IBSI 2 phase-2 configuration (CT phantom, ROI GTV-1), per CONFIGURATIONS.md.</summary>
public enum Ibsi2Phase2Pipeline
{
    /// <summary>
    /// "n.A": native CT grid, no interpolation; ROI re-segmented to [−1000, 400] HU on the unfiltered intensities;
    /// 2D filter slice by slice (axial) on the whole image; statistics pooled over all intensity-mask voxels.
    /// </summary>
    A,

    /// <summary>
    /// "n.B": resampled to 1 × 1 × 1 mm (image: cubic B-spline, rounded to integers; mask: trilinear, kept where ≥ 0.5);
    /// re-segmented to [−1000, 400] HU; 3D filter on the whole resampled image.
    /// </summary>
    B,
}
