using Radiomics.Features;
using Radiomics.Features.Texture;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Features.Texture.Gldm;
using Radiomics.Features.Texture.Glrlm;
using Radiomics.Features.Texture.Glszm;
using Radiomics.Features.Texture.Ngtdm;

namespace Radiomics.Tests.Features.Texture;

/// <summary>
/// The worked texture matrices of the IBSI 1 manual for the digital phantom (theibsi/ibsi-doc,
/// docs/06_Digital_phantom_texture_matrices.rst), transcribed as sparse (i, j, count) entries. Slices are the
/// phantom's z-slices in order; the phantom is discretised with bin width 1 (grey levels 1, 3, 4, 6 occur).
/// </summary>
public class IbsiDigitalPhantomMatrixTests
{
    private static FeatureInput Phantom => TextureTestInputs.DigitalPhantom();

    [Fact]
    public void Glcm3DMerged_MatchesManual()
    {
        IReadOnlyList<double[]> merged = GlcmMatrices.Build(Phantom, TextureAggregation.Merged3D).Combine(TextureAggregation.Merged3D);
        Assert.Single(merged);
        AssertSparse([1, 3, 4, 6], 4, ColumnsAreLevels, merged[0],
        [
            (1, 1, 536), (1, 3, 14), (1, 4, 105), (1, 6, 61), (3, 1, 14), (3, 4, 5), (3, 6, 6),
            (4, 1, 105), (4, 3, 5), (4, 4, 64), (4, 6, 28), (6, 1, 61), (6, 3, 6), (6, 4, 28), (6, 6, 16),
        ]);
    }

    [Fact]
    public void Glcm2DSliceMerged_MatchesManual()
    {
        IReadOnlyList<double[]> slices = GlcmMatrices.Build(Phantom, TextureAggregation.SliceMerged2D).Combine(TextureAggregation.SliceMerged2D);
        (int, int, double)[][] expected =
        [
            [(1, 1, 22), (1, 4, 17), (1, 6, 6), (4, 1, 17), (4, 4, 16), (4, 6, 11), (6, 1, 6), (6, 4, 11), (6, 6, 4)],
            [(1, 1, 42), (1, 3, 5), (1, 4, 8), (1, 6, 8), (3, 1, 5), (3, 4, 1), (3, 6, 2), (4, 1, 8), (4, 3, 1), (4, 4, 4), (4, 6, 3), (6, 1, 8), (6, 3, 2), (6, 4, 3)],
            [(1, 1, 56), (1, 4, 7), (1, 6, 4), (4, 1, 7), (4, 4, 2), (6, 1, 4)],
            [(1, 1, 70), (1, 4, 7), (1, 6, 5), (4, 1, 7), (4, 4, 2), (6, 1, 5)],
        ];
        Assert.Equal(expected.Length, slices.Count);
        for (int s = 0; s < expected.Length; s++)
        {
            AssertSparse([1, 3, 4, 6], 4, ColumnsAreLevels, slices[s], expected[s]);
        }
    }

    [Fact]
    public void Glrlm3DMerged_MatchesManual()
    {
        GlrlmMatrices glrlm = GlrlmMatrices.Build(Phantom, TextureAggregation.Merged3D);
        IReadOnlyList<double[]> merged = glrlm.Combine(TextureAggregation.Merged3D);
        Assert.Single(merged);
        AssertSparse([1, 3, 4, 6], glrlm.MaxRunLength, OneBasedColumns, merged[0],
        [
            (1, 1, 190), (1, 2, 140), (1, 3, 31), (1, 4, 18), (1, 5, 3), (3, 1, 13), (4, 1, 149), (4, 2, 24),
            (4, 3, 1), (4, 4, 2), (6, 1, 78), (6, 2, 3), (6, 3, 1), (6, 4, 1),
        ]);
    }

    [Fact]
    public void Glrlm2DSliceMerged_MatchesManual()
    {
        GlrlmMatrices glrlm = GlrlmMatrices.Build(Phantom, TextureAggregation.SliceMerged2D);
        IReadOnlyList<double[]> slices = glrlm.Combine(TextureAggregation.SliceMerged2D);
        (int, int, double)[][] expected =
        [
            [(1, 1, 16), (1, 2, 8), (1, 4, 1), (4, 1, 17), (4, 2, 6), (4, 3, 1), (6, 1, 9), (6, 3, 1)],
            [(1, 1, 10), (1, 2, 15), (1, 4, 2), (3, 1, 4), (4, 1, 12), (4, 2, 2), (6, 1, 8)],
            [(1, 1, 10), (1, 2, 11), (1, 3, 5), (1, 4, 1), (1, 5, 1), (4, 1, 6), (4, 2, 1), (6, 1, 4)],
            [(1, 1, 6), (1, 2, 9), (1, 3, 6), (1, 4, 2), (1, 5, 2), (4, 1, 6), (4, 2, 1), (6, 1, 4)],
        ];
        Assert.Equal(expected.Length, slices.Count);
        for (int s = 0; s < expected.Length; s++)
        {
            AssertSparse([1, 3, 4, 6], glrlm.MaxRunLength, OneBasedColumns, slices[s], expected[s]);
        }
    }

    [Fact]
    public void Glszm3D_MatchesManual()
    {
        GlszmMatrices glszm = GlszmMatrices.Build(Phantom, TextureAggregation.Average3D);
        AssertSparse([1, 3, 4, 6], glszm.Sizes.Count, (j, _) => IndexOf(glszm.Sizes, j), glszm.Counts(0).ToArray(),
            [(1, 50, 1), (3, 1, 1), (4, 2, 1), (4, 14, 1), (6, 7, 1)]);
    }

    [Fact]
    public void Glszm2D_MatchesManual()
    {
        GlszmMatrices glszm = GlszmMatrices.Build(Phantom, TextureAggregation.Average2D);
        (int, int, double)[][] expected =
        [
            [(1, 3, 1), (1, 6, 1), (4, 2, 1), (4, 6, 1), (6, 3, 1)],
            [(1, 4, 1), (1, 8, 1), (3, 1, 1), (4, 2, 2), (6, 1, 2)],
            [(1, 14, 1), (4, 2, 1), (6, 1, 1)],
            [(1, 15, 1), (4, 2, 1), (6, 1, 1)],
        ];
        Assert.Equal(expected.Length, glszm.SliceCount);
        for (int s = 0; s < expected.Length; s++)
        {
            AssertSparse([1, 3, 4, 6], glszm.Sizes.Count, (j, _) => IndexOf(glszm.Sizes, j), glszm.Counts(s).ToArray(), expected[s]);
        }
    }

    [Fact]
    public void Ngtdm3D_MatchesManual()
    {
        NgtdmMatrix matrix = Assert.Single(NgtdmMatrix.Build(Phantom, TextureAggregation.Average3D));
        AssertNgtdm(matrix, [(1, 39.946954, 50), (3, 0.2, 1), (4, 20.825401, 16), (6, 24.127005, 7)]);
    }

    [Fact]
    public void Ngtdm2D_MatchesManual()
    {
        IReadOnlyList<NgtdmMatrix> slices = NgtdmMatrix.Build(Phantom, TextureAggregation.Average2D);
        (double, double, double)[][] expected =
        [
            [(1, 14.575, 9), (4, 5.775, 8), (6, 7.325, 3)],
            [(1, 11.928571, 12), (3, 0.375, 1), (4, 4.8, 4), (6, 8.0, 2)],
            [(1, 7.985714, 14), (4, 4.65, 2), (6, 5.0, 1)],
            [(1, 7.582143, 15), (4, 4.65, 2), (6, 5.0, 1)],
        ];
        Assert.Equal(expected.Length, slices.Count);
        for (int s = 0; s < expected.Length; s++)
        {
            AssertNgtdm(slices[s], expected[s]);
        }
    }

    [Fact]
    public void Ngldm3D_MatchesManual()
    {
        GldmMatrices gldm = GldmMatrices.Build(Phantom, TextureAggregation.Average3D);
        AssertSparse([1, 3, 4, 6], gldm.MaxDependence, OneBasedColumns, gldm.Counts(0).ToArray(),
        [
            (1, 5, 2), (1, 6, 2), (1, 7, 1), (1, 8, 6), (1, 9, 4), (1, 10, 6), (1, 11, 5), (1, 12, 5), (1, 13, 3),
            (1, 14, 2), (1, 15, 5), (1, 16, 3), (1, 17, 3), (1, 18, 2), (1, 21, 1), (3, 1, 1), (4, 2, 2), (4, 4, 2),
            (4, 5, 6), (4, 6, 4), (4, 7, 2), (6, 2, 1), (6, 3, 4), (6, 4, 1), (6, 5, 1),
        ]);
    }

    [Fact]
    public void Ngldm2D_MatchesManual()
    {
        GldmMatrices gldm = GldmMatrices.Build(Phantom, TextureAggregation.Average2D);
        (int, int, double)[][] expected =
        [
            [(1, 2, 3), (1, 3, 1), (1, 4, 3), (1, 5, 2), (4, 2, 2), (4, 3, 4), (4, 4, 2), (6, 2, 2), (6, 3, 1)],
            [(1, 3, 2), (1, 4, 6), (1, 6, 4), (3, 1, 1), (4, 2, 4), (6, 1, 2)],
            [(1, 3, 1), (1, 4, 5), (1, 5, 3), (1, 6, 3), (1, 7, 2), (4, 2, 2), (6, 1, 1)],
            [(1, 3, 1), (1, 4, 3), (1, 5, 3), (1, 6, 4), (1, 7, 1), (1, 8, 3), (4, 2, 2), (6, 1, 1)],
        ];
        Assert.Equal(expected.Length, gldm.SliceCount);
        for (int s = 0; s < expected.Length; s++)
        {
            AssertSparse([1, 3, 4, 6], gldm.MaxDependence, OneBasedColumns, gldm.Counts(s).ToArray(), expected[s]);
        }
    }

    private static readonly Func<int, int[], int> ColumnsAreLevels = (j, levels) => Array.IndexOf(levels, j);

    private static int IndexOf(IReadOnlyList<int> sizes, int size)
    {
        for (int k = 0; k < sizes.Count; k++)
        {
            if (sizes[k] == size)
            {
                return k;
            }
        }

        return -1;
    }

    private static readonly Func<int, int[], int> OneBasedColumns = (j, _) => j - 1;

    /// <summary>
    /// Asserts a dense row-major matrix over <paramref name="levels"/> rows holds exactly the sparse entries (a
    /// slice's matrix may include rows of levels absent from that slice, which must then be zero).
    /// </summary>
    private static void AssertSparse(int[] levels, int columns, Func<int, int[], int> column, double[] actual, (int I, int J, double N)[] expected)
    {
        var dense = new double[levels.Length * columns];
        foreach ((int i, int j, double n) in expected)
        {
            int c = column(j, levels);
            Assert.InRange(c, 0, columns - 1);
            dense[Array.IndexOf(levels, i) * columns + c] = n;
        }

        Assert.Equal(dense, actual);
    }

    private static void AssertNgtdm(NgtdmMatrix matrix, (double Level, double S, double N)[] expected)
    {
        Assert.Equal(expected.Select(e => e.Level), matrix.Levels);
        Assert.Equal(expected.Select(e => e.N), matrix.VoxelCounts);
        for (int k = 0; k < expected.Length; k++)
        {
            Assert.Equal(expected[k].S, matrix.DifferenceSums[k], 5e-7); // the manual prints six decimals
        }
    }
}
