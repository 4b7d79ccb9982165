using Radiomics.Features.Texture.Glcm;
using Radiomics.Features.Texture.Gldm;
using Radiomics.Features.Texture.Glrlm;
using Radiomics.Features.Texture.Glszm;
using Radiomics.Features.Texture.Ngtdm;

namespace Radiomics.Features.Texture;

/// <summary>
/// The texture matrices behind the features, for inspection and verification: either as PyRadiomics builds them for
/// the input's settings (one per direction for glcm/glrlm, before any weighting or averaging), or as an IBSI
/// aggregation builds them (one per slice and direction as applicable, before merging).
/// </summary>
public static class TextureMatrices
{
    /// <summary>The families whose matrices can be exported.</summary>
    public static IReadOnlyList<string> Families { get; } = ["glcm", "glrlm", "glszm", "gldm", "ngtdm"];

    /// <summary>The matrices of <paramref name="family"/> as the PyRadiomics-semantics family computes them.</summary>
    public static IReadOnlyList<TextureMatrix> Export(FeatureInput input, string family)
    {
        var settings = input.Settings;
        switch (family)
        {
            case "glcm":
            {
                TextureGrid grid = TextureGrid.For(input, settings.Features.Distances.Max());
                return FromGlcm(GlcmMatrices.Build(grid, TextureLayout.PyRadiomics(grid, settings, settings.Features.Distances), settings.Features.SymmetricalGlcm));
            }

            case "glrlm":
            {
                TextureGrid grid = TextureGrid.For(input, 1);
                return FromGlrlm(GlrlmMatrices.Build(grid, TextureLayout.PyRadiomics(grid, settings, [1]), dropSingleVoxelDirections: true));
            }

            case "glszm":
                return [FromSizeMatrix("glszm", null, GlszmFamily.Matrix(input), "zone_size")];
            case "gldm":
                return [FromSizeMatrix("gldm", null, GldmFamily.Matrix(input), "dependence_count")];
            case "ngtdm":
                return [FromNgtdm(null, NgtdmFamily.Matrix(input))];
            default:
                throw new ArgumentException($"Unknown texture family '{family}'; expected one of {string.Join(", ", Families)}.", nameof(family));
        }
    }

    /// <summary>The matrices of <paramref name="family"/> as an IBSI aggregation builds them (slices across <paramref name="sliceAxis"/>).</summary>
    public static IReadOnlyList<TextureMatrix> Export(FeatureInput input, string family, TextureAggregation aggregation, int sliceAxis = 2)
    {
        switch (family)
        {
            case "glcm":
                return FromGlcm(GlcmMatrices.Build(input, aggregation, sliceAxis));
            case "glrlm":
                return FromGlrlm(GlrlmMatrices.Build(input, aggregation, sliceAxis));
            case "glszm":
            {
                GlszmMatrices m = GlszmMatrices.Build(input, aggregation, sliceAxis);
                return Enumerable.Range(0, m.SliceCount)
                    .Select(s => FromSizeMatrix("glszm", m.SliceAxis is null ? null : s, m.ToSizeMatrix(m.Counts(s).ToArray()), "zone_size"))
                    .ToList();
            }

            case "gldm":
            {
                GldmMatrices m = GldmMatrices.Build(input, aggregation, sliceAxis);
                return Enumerable.Range(0, m.SliceCount)
                    .Select(s => FromSizeMatrix("gldm", m.SliceAxis is null ? null : s, m.ToSizeMatrix(m.Counts(s).ToArray()), "dependence_count"))
                    .ToList();
            }

            case "ngtdm":
            {
                IReadOnlyList<NgtdmMatrix> m = NgtdmMatrix.Build(input, aggregation, sliceAxis);
                return m.Select((matrix, s) => FromNgtdm(m.Count > 1 ? s : null, matrix)).ToList();
            }

            default:
                throw new ArgumentException($"Unknown texture family '{family}'; expected one of {string.Join(", ", Families)}.", nameof(family));
        }
    }

    private static List<TextureMatrix> FromGlcm(GlcmMatrices m)
    {
        string[] columns = m.GreyLevels.Select(Label).ToArray();
        var result = new List<TextureMatrix>();
        for (int s = 0; s < m.SliceCount; s++)
        {
            for (int d = 0; d < m.Directions.Count; d++)
            {
                result.Add(new TextureMatrix("glcm", m.SliceAxis is null ? null : s, m.Directions[d], m.GreyLevels, "neighbour_grey_level", columns, m.Counts(s, d).ToArray()));
            }
        }

        return result;
    }

    private static List<TextureMatrix> FromGlrlm(GlrlmMatrices m)
    {
        string[] columns = Enumerable.Range(1, m.MaxRunLength).Select(Label).ToArray();
        var result = new List<TextureMatrix>();
        for (int s = 0; s < m.SliceCount; s++)
        {
            for (int d = 0; d < m.Directions.Count; d++)
            {
                result.Add(new TextureMatrix("glrlm", m.SliceAxis is null ? null : s, m.Directions[d], m.GreyLevels, "run_length", columns, m.Counts(s, d).ToArray()));
            }
        }

        return result;
    }

    private static TextureMatrix FromSizeMatrix(string family, int? slice, GreyLevelSizeMatrix m, string columnName) =>
        new(family, slice, null, m.Levels.Select(l => (int)l).ToArray(), columnName, m.Sizes.Select(j => Label((int)j)).ToArray(), m.Counts);

    private static TextureMatrix FromNgtdm(int? slice, NgtdmMatrix m)
    {
        var values = new double[m.LevelCount * 2];
        for (int k = 0; k < m.LevelCount; k++)
        {
            values[2 * k] = m.VoxelCounts[k];
            values[2 * k + 1] = m.DifferenceSums[k];
        }

        return new TextureMatrix("ngtdm", slice, null, m.Levels.Select(l => (int)l).ToArray(), "n_s", ["n", "s"], values);
    }

    private static string Label(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
