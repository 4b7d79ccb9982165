using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// A 4×4 transpose of doubles in AVX registers (moves only, values untouched): how the line filters turn four values
/// of four rows into four values of one element across four lanes, and back. Callers check <see cref="IsSupported"/>.
/// </summary>
internal static class RegisterTranspose
{
    public static bool IsSupported => Avx.IsSupported;

    /// <summary>Column j of the rows a, b, c, d (element j of each) becomes vector j.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Of(
        Vector256<double> a, Vector256<double> b, Vector256<double> c, Vector256<double> d,
        out Vector256<double> c0, out Vector256<double> c1, out Vector256<double> c2, out Vector256<double> c3)
    {
        Vector256<double> ab0 = Avx.UnpackLow(a, b), ab1 = Avx.UnpackHigh(a, b);
        Vector256<double> cd0 = Avx.UnpackLow(c, d), cd1 = Avx.UnpackHigh(c, d);
        c0 = Avx.Permute2x128(ab0, cd0, 0x20);
        c1 = Avx.Permute2x128(ab1, cd1, 0x20);
        c2 = Avx.Permute2x128(ab0, cd0, 0x31);
        c3 = Avx.Permute2x128(ab1, cd1, 0x31);
    }
}
