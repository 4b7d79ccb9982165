namespace Radiomics.Features.Ibsi;

/// <summary>
/// IBSI morphological features (IBSI 1, section "Morphological features", family tag <c>morph</c>). The
/// morphological mask is <see cref="FeatureInput.ShapeMask"/> (the ROI before re-segmentation), the intensity mask
/// <see cref="FeatureInput.Mask"/>; see <see cref="MorphologyMeasures"/> for the shared quantities.
/// Oriented minimum bounding box and minimum volume enclosing ellipsoid densities have no IBSI reference values;
/// see <see cref="EnclosingShapes"/> for how they are computed.
/// </summary>
public sealed class MorphologyFamily : IFeatureFamily
{
    private static readonly (FeatureInfo Info, Func<MorphologyMeasures, double> Compute)[] Table =
    [
        (new("volume", "RNU0"), m => m.Volume),
        (new("vol_approx", "YEKZ"), m => m.VoxelVolume),
        (new("area_mesh", "C0JK"), m => m.Area),
        (new("av", "2PR5"), m => m.Area / m.Volume),
        (new("comp_1", "SKGS"), m => m.Volume / (Math.Sqrt(Math.PI) * Math.Pow(m.Area, 1.5))),
        (new("comp_2", "BQWJ"), m => 36 * Math.PI * m.Volume * m.Volume / (m.Area * m.Area * m.Area)),
        (new("sph_dispr", "KRCK"), m => m.Area / Math.Cbrt(36 * Math.PI * m.Volume * m.Volume)),
        (new("sphericity", "QCFX"), m => Math.Cbrt(36 * Math.PI * m.Volume * m.Volume) / m.Area),
        (new("asphericity", "25C7"), m => Math.Cbrt(m.Area * m.Area * m.Area / (36 * Math.PI * m.Volume * m.Volume)) - 1),
        (new("com", "KLMA"), m => m.CentreOfMassShift),
        (new("diam", "L0JK"), m => m.MaximumDiameter),
        (new("pca_maj_axis", "TDIC"), m => 4 * Math.Sqrt(m.EigenMajor)),
        (new("pca_min_axis", "P9VJ"), m => 4 * Math.Sqrt(m.EigenMinor)),
        (new("pca_least_axis", "7J51"), m => 4 * Math.Sqrt(m.EigenLeast)),
        (new("pca_elongation", "Q3CK"), m => Math.Sqrt(m.EigenMinor / m.EigenMajor)),
        (new("pca_flatness", "N17B"), m => Math.Sqrt(m.EigenLeast / m.EigenMajor)),
        (new("vol_dens_aabb", "PBX1"), m => m.Volume / m.BoxVolume),
        (new("area_dens_aabb", "R59B"), m => m.Area / m.BoxArea),
        (new("vol_dens_ombb", "ZH1A"), m => m.Volume / (m.OrientedBox[0] * m.OrientedBox[1] * m.OrientedBox[2])),
        (new("area_dens_ombb", "IQYR"), m => m.Area / (2 * (m.OrientedBox[0] * m.OrientedBox[1] + m.OrientedBox[1] * m.OrientedBox[2] + m.OrientedBox[0] * m.OrientedBox[2]))),
        (new("vol_dens_aee", "6BDE"), m => 3 * m.Volume / (4 * Math.PI * m.SemiAxisA * m.SemiAxisB * m.SemiAxisC)),
        (new("area_dens_aee", "RDD2"), m => m.Area / MorphologyMeasures.EllipsoidArea(m.SemiAxisA, m.SemiAxisB, m.SemiAxisC)),
        (new("vol_dens_mvee", "SWZ1"), m => 3 * m.Volume / (4 * Math.PI * m.EnclosingEllipsoid[0] * m.EnclosingEllipsoid[1] * m.EnclosingEllipsoid[2])),
        (new("area_dens_mvee", "BRI8"), m => m.Area / MorphologyMeasures.EllipsoidArea(m.EnclosingEllipsoid[0], m.EnclosingEllipsoid[1], m.EnclosingEllipsoid[2])),
        (new("vol_dens_conv_hull", "R3ER"), m => m.Volume / m.HullVolume),
        (new("area_dens_conv_hull", "7T7F"), m => m.Area / m.HullArea),
        (new("integ_int", "99N0"), m => m.Volume * m.MeanIntensity),
        (new("moran_i", "N365"), m => m.MoranI),
        (new("geary_c", "NPT7"), m => m.GearyC),
    ];

    /// <inheritdoc/>
    public string Name => "morph";

    /// <inheritdoc/>
    public IReadOnlyList<FeatureInfo> Features { get; } = Table.Select(t => t.Info).ToArray();

    /// <inheritdoc/>
    /// <remarks>Morphological features read the masks and intensities, never grey levels.</remarks>
    public bool ReadsGreyLevels(IReadOnlyList<FeatureInfo> requested) => false;

    /// <inheritdoc/>
    public double[] Compute(FeatureInput input, IReadOnlyList<FeatureInfo> requested)
    {
        bool autocorrelation = requested.Any(r => r.Name is "moran_i" or "geary_c");
        bool enclosingShapes = requested.Any(r => r.Name.EndsWith("ombb", StringComparison.Ordinal) || r.Name.EndsWith("mvee", StringComparison.Ordinal));
        MorphologyMeasures measures = MorphologyMeasures.Compute(input, autocorrelation, enclosingShapes);
        return requested.Select(r => Array.Find(Table, t => t.Info == r).Compute(measures)).ToArray();
    }
}
