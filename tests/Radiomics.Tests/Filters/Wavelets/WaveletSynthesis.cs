using Radiomics.Imaging;

namespace Radiomics.Tests.Filters.Wavelets;

/// <summary>
/// Test-side inverse of one undecimated analysis step (written independently of the product code):
/// analysis is <c>c[o] = Σ_k h[k]·x[(o + s − k·d) mod N]</c> with <c>s = ⌊F·d/2⌋</c>; the synthesis
/// <c>y[n] = Σ_k g[k]·c[(n − k·d + t) mod N]</c> with <c>t = (F−1)·d − s</c> makes the whole chain a pure delay of 0,
/// so that ½(y_lo + y_hi) = x for a perfect-reconstruction filter bank (pywt's rec filters).
/// </summary>
internal static class WaveletSynthesis
{
    public static Volume<double> Synthesize(Volume<double> coefficients, ReadOnlySpan<double> filter, int axis, int filterLength, int dilation)
    {
        Size3 size = coefficients.Size;
        int n = size[axis];
        int t = ((filterLength - 1) * dilation) - ((filterLength * dilation) / 2);
        var result = new Volume<double>(coefficients.Geometry);
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    int position = axis == 0 ? x : axis == 1 ? y : z;
                    double sum = 0;
                    for (int k = 0; k < filter.Length; k++)
                    {
                        int source = (((position - (k * dilation) + t) % n) + n) % n;
                        sum += filter[k] * (axis == 0 ? coefficients[source, y, z] : axis == 1 ? coefficients[x, source, z] : coefficients[x, y, source]);
                    }

                    result[x, y, z] = sum;
                }
            }
        }

        return result;
    }
}
