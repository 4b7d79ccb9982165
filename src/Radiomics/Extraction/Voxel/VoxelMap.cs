using Radiomics.Imaging;

namespace Radiomics.Extraction.Voxel;

/// <summary>
/// One feature map: its PyRadiomics name (<c>original_glcm_Contrast</c>) and the values on the map grid (the ROI's
/// bounding box padded by <c>kernelRadius</c>, with the image's spacing and direction); <c>initValue</c> outside the ROI.
/// </summary>
public sealed record VoxelMap(string Name, Volume<double> Map);
