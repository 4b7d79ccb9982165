namespace Radiomics.Configuration.Perturbation;

/// <summary>How <c>roiAdaptSizes</c> are read (MIRP's <c>roi_adapt_type</c>).</summary>
public enum RoiAdaptType
{
    /// <summary><c>distance</c>: sizes in mm; positive grows the ROI, negative shrinks it.</summary>
    Distance,

    /// <summary><c>fraction</c>: sizes as fractional volume changes (0.1 = 10% larger, −0.1 = 10% smaller).</summary>
    Fraction,
}
