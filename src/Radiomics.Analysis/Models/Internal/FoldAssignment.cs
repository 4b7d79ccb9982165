using Radiomics.Analysis.Common;
using Radiomics.Analysis.Tables;

namespace Radiomics.Analysis.Models.Internal;

/// <summary>Each row's fold (0..K−1) and how the folds were made.</summary>
internal sealed record FoldAssignment(int[] Fold, int Count, string Description)
{
    /// <summary>The folds of <paramref name="settings"/> for the rows of <paramref name="table"/>.</summary>
    public static FoldAssignment For(FeatureTable table, CrossValidationSettings settings)
    {
        if (settings.FoldColumn is { } column)
        {
            int[] fold = TrainingData.ReadFolds(table, column, out int count);
            return new FoldAssignment(fold, count, $"column '{column}' ({count} folds)");
        }

        return Seeded(table.RowCount, settings.Folds, settings.Seed);
    }

    /// <summary>rep(1:K, length = n) shuffled by Fisher–Yates with xoshiro256** seeded by <paramref name="seed"/> (SplitMix64).</summary>
    public static FoldAssignment Seeded(int rows, int folds, ulong seed)
    {
        if (rows < folds)
        {
            throw new ModelException($"Cross-validation with {folds} folds needs at least {folds} rows; the table has {rows}.");
        }

        var fold = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            fold[i] = i % folds;
        }

        new SeededRandom(seed).Shuffle(fold.AsSpan());
        return new FoldAssignment(fold, folds, $"seeded: rep(1:{folds}, length = n) shuffled by Fisher-Yates with xoshiro256** (SplitMix64 seeding), seed {seed}");
    }
}
