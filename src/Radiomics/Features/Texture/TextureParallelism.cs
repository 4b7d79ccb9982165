namespace Radiomics.Features.Texture;

/// <summary>
/// Within-case parallelism of the texture families: independent work items (directions, matrices, fixed chunks of
/// the ROI) run on up to <c>maxDegreeOfParallelism</c> threads, each writing only its own result slot. Callers combine
/// the slots in a fixed order, and never let the split depend on the thread count, so results are bit-identical
/// whatever the number of threads.
/// </summary>
internal static class TextureParallelism
{
    /// <summary>Runs <paramref name="body"/> for 0 … <paramref name="count"/> − 1; −1 means one per processor.</summary>
    public static void For(int count, int maxDegreeOfParallelism, Action<int> body)
    {
        if (maxDegreeOfParallelism == 1 || count <= 1 || Environment.ProcessorCount == 1)
        {
            for (int i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.For(0, count, ParallelDefaults.Options(maxDegreeOfParallelism), body);
    }

    /// <summary>
    /// The threads a family with <paramref name="familyDegree"/> (−1: no cap of its own) uses for
    /// <paramref name="input"/>: its own cap within the extraction's context.
    /// </summary>
    public static int Degree(int familyDegree, FeatureInput input) =>
        familyDegree == -1 ? input.Context.MaxDegreeOfParallelism : Math.Min(familyDegree, input.Context.MaxDegreeOfParallelism);

    /// <summary>Validates a family's maxDegreeOfParallelism argument (−1 or ≥ 1, as <see cref="ParallelOptions"/>).</summary>
    public static int Validate(int maxDegreeOfParallelism) =>
        maxDegreeOfParallelism == -1 || maxDegreeOfParallelism >= 1
            ? maxDegreeOfParallelism
            : throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use -1 (all cores) or a positive thread count.");
}
