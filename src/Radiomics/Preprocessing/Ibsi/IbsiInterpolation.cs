namespace Radiomics.Preprocessing.Ibsi;

/// <summary>Interpolation kernels of the IBSI 1 reference configurations (manual section "Interpolation").</summary>
public enum IbsiInterpolation
{
    /// <summary>(Bi/tri)linear: IBSI configurations B, C, D, and every ROI mask.</summary>
    Linear,

    /// <summary>Cubic B-spline (IBSI "tricubic spline"), configuration E.</summary>
    CubicSpline,
}
