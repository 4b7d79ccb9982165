using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Radiomics.Features.Texture.Ngtdm;

/// <summary>
/// Loads a <see cref="Vector{T}"/> of int codes from the grid's int codes or widened from its byte codes, so that one
/// kernel, specialised by the JIT for each, reads either (bytes: a quarter of the memory traffic).
/// </summary>
internal static class CodeVectors
{
    /// <summary>True when kernels may read byte codes: eight int lanes, widened from eight bytes in one instruction.</summary>
    public static bool ReadBytes => Avx2.IsSupported && Vector<int>.Count == Vector256<int>.Count;

    /// <summary>
    /// The codes at <paramref name="offset"/> … + <see cref="Vector{T}.Count"/> − 1 from <paramref name="first"/> as ints
    /// (<typeparamref name="T"/> is <see cref="int"/>, or <see cref="byte"/> when <see cref="ReadBytes"/>). Unchecked:
    /// the caller keeps the lanes inside the buffer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<int> Load<T>(ref T first, nuint offset) where T : unmanaged
    {
        if (typeof(T) == typeof(byte))
        {
            ulong eight = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<T, byte>(ref Unsafe.Add(ref first, offset)));
            return Avx2.ConvertToVector256Int32(Vector128.CreateScalarUnsafe(eight).AsByte()).AsVector();
        }

        return Vector.LoadUnsafe(ref Unsafe.As<T, int>(ref first), offset);
    }
}
