using System.Numerics;

namespace Radiomics.Numerics.Simd;

/// <summary>
/// A hardware vector of <typeparamref name="T"/> lanes with element-wise arithmetic, so that a SIMD loop can be
/// written once and instantiated per width (<see cref="Lanes128{T}"/>, <see cref="Lanes256{T}"/>, <see cref="Lanes512{T}"/>). The .NET 10
/// <c>ISimdVector&lt;TSelf, T&gt;</c> that would do this is not public; this is the part of it our kernels use.
/// Every operator is the plain lane-wise IEEE operation (never fused), so a kernel gives the same bits at every width.
/// </summary>
/// <typeparam name="TSelf">The implementing vector.</typeparam>
/// <typeparam name="T">The lane type.</typeparam>
internal interface ISimdLanes<TSelf, T> :
    IAdditionOperators<TSelf, TSelf, TSelf>,
    ISubtractionOperators<TSelf, TSelf, TSelf>,
    IMultiplyOperators<TSelf, TSelf, TSelf>,
    IDivisionOperators<TSelf, TSelf, TSelf>
    where TSelf : unmanaged, ISimdLanes<TSelf, T>
    where T : unmanaged
{
    /// <summary>The number of lanes.</summary>
    static abstract int Count { get; }

    /// <summary>Whether this width runs in hardware (otherwise the JIT emulates it, slowly).</summary>
    static abstract bool IsHardwareAccelerated { get; }

    /// <summary>A vector with every lane equal to <paramref name="value"/>.</summary>
    static abstract TSelf Create(T value);
}
