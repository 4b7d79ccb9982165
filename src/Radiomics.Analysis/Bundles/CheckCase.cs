namespace Radiomics.Analysis.Bundles;

/// <summary>
/// A bundle's check case: a synthetic image and mask regenerated from <see cref="Seed"/> and <see cref="Size"/> by
/// <see cref="CheckCaseImage"/> (integer arithmetic only, so every platform makes the same voxels), and the values the
/// bundle's extraction settings gave for the features the bundle needs when it was made. Verification recomputes them
/// and compares bit for bit.
/// </summary>
/// <param name="Generator">How the image is made (for people reading the bundle).</param>
/// <param name="Seed">The generator's seed.</param>
/// <param name="Size">The edge of the cubic image in voxels.</param>
/// <param name="Label">The mask's label (the bundle's <c>label</c> setting).</param>
/// <param name="Values">Feature name → value, in the order the extraction produced them.</param>
public sealed record CheckCase(string Generator, ulong Seed, int Size, int Label, IReadOnlyList<KeyValuePair<string, double>> Values);
