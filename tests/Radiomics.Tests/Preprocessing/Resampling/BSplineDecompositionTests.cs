using System.Runtime.Intrinsics;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Tests.Preprocessing.Resampling;

public class BSplineDecompositionTests
{
    [Fact]
    public void Horizon_IsItksEighteenSamplesForTheCubicPole() => Assert.Equal(18, BSplineDecomposition.Horizon);

    /// <summary>The SIMD-lane prefilter (16 lines at once) gives each line exactly the scalar result, on both sides of the horizon.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(18)]
    [InlineData(19)]
    [InlineData(40)]
    public void Lanes_AreBitIdenticalToScalarLines(int length)
    {
        const int vectors = 4, lines = 16;
        var random = new Random(length);
        double[][] scalar = Enumerable.Range(0, lines).Select(_ => Enumerable.Range(0, length).Select(_ => random.NextDouble() * 2000 - 1000).ToArray()).ToArray();
        var interleaved = new Vector256<double>[length * vectors];
        Span<double> flat = System.Runtime.InteropServices.MemoryMarshal.Cast<Vector256<double>, double>(interleaved.AsSpan());
        for (int i = 0; i < length; i++)
        {
            for (int line = 0; line < lines; line++)
            {
                flat[i * lines + line] = scalar[line][i];
            }
        }

        BSplineDecomposition.ToCoefficients(interleaved, vectors);
        foreach (double[] line in scalar)
        {
            BSplineDecomposition.ToCoefficients(line);
        }

        for (int i = 0; i < length; i++)
        {
            for (int line = 0; line < lines; line++)
            {
                Assert.Equal(scalar[line][i], flat[i * lines + line]);
            }
        }
    }

    /// <summary>Coefficients of a constant line are the constant (the cubic B-spline sums to one: c·(1 + 4 + 1)/6).</summary>
    [Fact]
    public void ConstantLine_GivesConstantCoefficients()
    {
        double[] line = Enumerable.Repeat(7.0, 30).ToArray();
        BSplineDecomposition.ToCoefficients(line);
        Assert.All(line, c => Assert.Equal(7.0, c, 9));
    }
}
