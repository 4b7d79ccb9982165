using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Radiomics.Numerics.Simd;

/// <summary>A <see cref="Vector128{T}"/> as <see cref="ISimdLanes{TSelf, T}"/>; same size and layout, so spans of either cast freely.</summary>
/// <typeparam name="T">The lane type.</typeparam>
internal readonly struct Lanes128<T> : ISimdLanes<Lanes128<T>, T>
    where T : unmanaged, INumber<T>
{
    private readonly Vector128<T> _value;

    private Lanes128(Vector128<T> value) => _value = value;

    public static int Count => Vector128<T>.Count;

    public static bool IsHardwareAccelerated => Vector128.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128<T> Create(T value) => new(Vector128.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128<T> operator +(Lanes128<T> left, Lanes128<T> right) => new(left._value + right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128<T> operator -(Lanes128<T> left, Lanes128<T> right) => new(left._value - right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128<T> operator *(Lanes128<T> left, Lanes128<T> right) => new(left._value * right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128<T> operator /(Lanes128<T> left, Lanes128<T> right) => new(left._value / right._value);
}
