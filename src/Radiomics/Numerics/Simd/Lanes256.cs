using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Radiomics.Numerics.Simd;

/// <summary>A <see cref="Vector256{T}"/> as <see cref="ISimdLanes{TSelf, T}"/>; same size and layout, so spans of either cast freely.</summary>
/// <typeparam name="T">The lane type.</typeparam>
internal readonly struct Lanes256<T> : ISimdLanes<Lanes256<T>, T>
    where T : unmanaged, INumber<T>
{
    private readonly Vector256<T> _value;

    private Lanes256(Vector256<T> value) => _value = value;

    public static int Count => Vector256<T>.Count;

    public static bool IsHardwareAccelerated => Vector256.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> Create(T value) => new(Vector256.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> operator +(Lanes256<T> left, Lanes256<T> right) => new(left._value + right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> operator -(Lanes256<T> left, Lanes256<T> right) => new(left._value - right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> operator *(Lanes256<T> left, Lanes256<T> right) => new(left._value * right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256<T> operator /(Lanes256<T> left, Lanes256<T> right) => new(left._value / right._value);
}
