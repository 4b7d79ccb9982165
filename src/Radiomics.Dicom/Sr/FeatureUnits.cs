namespace Radiomics.Dicom.Sr;

/// <summary>
/// The unit rule of each feature family (see docs/dicom-sr.md, "Units"):
/// <list type="bullet">
/// <item>shape, shape2D, morph: volumes mm3, areas mm2, lengths and diameters mm, surface-to-volume ratios /mm,
/// everything else (sphericity, compactness, elongation, densities, Moran's I…) unitless; IBSI integrated intensity
/// is intensity × mm3;</item>
/// <item>firstorder, stat, loc: intensity-valued statistics (mean, median, percentiles, extremes, ranges, deviations,
/// RMS, peaks) in the intensity unit, variance and energy in its square (PyRadiomics' total energy times mm3);
/// moments' shape (skewness, kurtosis), entropy, uniformity, coefficients of variation and dispersion unitless;</item>
/// <item>ih and the texture families (glcm, glrlm, glszm, gldm, ngtdm and IBSI cm, rlm, szm, dzm, ngt, ngl): computed
/// on discretised grey levels, unitless;</item>
/// <item>ivh: intensity thresholds (i10, i90 and their difference) in the intensity unit, volume fractions and the
/// area under the curve unitless.</item>
/// </list>
/// </summary>
internal static class FeatureUnits
{
    public static UnitKind Of(string family, string feature) => family switch
    {
        "shape" => feature switch
        {
            "MeshVolume" or "VoxelVolume" => UnitKind.CubicMillimetre,
            "SurfaceArea" => UnitKind.SquareMillimetre,
            "SurfaceVolumeRatio" => UnitKind.PerMillimetre,
            "Maximum3DDiameter" or "Maximum2DDiameterSlice" or "Maximum2DDiameterColumn" or "Maximum2DDiameterRow"
                or "MajorAxisLength" or "MinorAxisLength" or "LeastAxisLength" => UnitKind.Millimetre,
            _ => UnitKind.Unitless,
        },
        "shape2D" => feature switch
        {
            "MeshSurface" or "PixelSurface" => UnitKind.SquareMillimetre,
            "Perimeter" or "MaximumDiameter" or "MajorAxisLength" or "MinorAxisLength" => UnitKind.Millimetre,
            "PerimeterSurfaceRatio" => UnitKind.PerMillimetre,
            _ => UnitKind.Unitless,
        },
        "firstorder" => feature switch
        {
            "Energy" or "Variance" => UnitKind.IntensitySquared,
            "TotalEnergy" => UnitKind.IntensitySquaredTimesVolume,
            "Entropy" or "Kurtosis" or "Skewness" or "Uniformity" => UnitKind.Unitless,
            _ => UnitKind.Intensity,
        },
        "morph" => feature switch
        {
            "volume" or "vol_approx" => UnitKind.CubicMillimetre,
            "area_mesh" => UnitKind.SquareMillimetre,
            "av" => UnitKind.PerMillimetre,
            "com" or "diam" or "pca_maj_axis" or "pca_min_axis" or "pca_least_axis" => UnitKind.Millimetre,
            "integ_int" => UnitKind.IntensityTimesVolume,
            _ => UnitKind.Unitless,
        },
        "stat" => feature switch
        {
            "var" or "energy" => UnitKind.IntensitySquared,
            "skew" or "kurt" or "cov" or "qcod" => UnitKind.Unitless,
            _ => UnitKind.Intensity,
        },
        "loc" => UnitKind.Intensity,
        "ivh" => feature is "i10" or "i90" or "diff_i10_i90" ? UnitKind.Intensity : UnitKind.Unitless,
        _ => UnitKind.Unitless,
    };
}
