namespace Radiomics.Features;

/// <summary>
/// One feature's formula: its value from the coefficients a family computed once for one matrix or one set of voxels
/// (<see cref="Texture.Glcm.GlcmCoefficients"/>, <see cref="Texture.SizeMatrixCoefficients"/>,
/// <see cref="Texture.Ngtdm.NgtdmCoefficients"/>, <see cref="FirstOrder.FirstOrderCoefficients"/>). The same formula
/// serves the segment-based families and the voxel-based kernels; each is listed once, in its family's registry table.
/// </summary>
public delegate double FeatureFormula<TCoefficients>(in TCoefficients coefficients)
    where TCoefficients : allows ref struct;
