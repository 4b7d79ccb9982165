using Radiomics.Imaging;

namespace Radiomics.Analysis.Habitats;

/// <summary>
/// Per-voxel feature vectors of one ROI: one row per voxel, one column per feature, stored row by row. Immutable by
/// convention (the clustering code never writes to it).
/// </summary>
public sealed class VoxelFeatureMatrix
{
    private readonly double[] _values;

    /// <param name="rows">The number of voxels.</param>
    /// <param name="columns">The number of features.</param>
    /// <param name="values">rows × columns values, row after row (voxel i's feature j at i·columns + j).</param>
    /// <param name="featureNames">The column names (default f1, f2, …).</param>
    /// <exception cref="ArgumentException">The sizes disagree.</exception>
    public VoxelFeatureMatrix(int rows, int columns, double[] values, IReadOnlyList<string>? featureNames = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        if (values.LongLength != (long)rows * columns)
        {
            throw new ArgumentException($"{values.LongLength} values for {rows} rows × {columns} columns.", nameof(values));
        }

        if (featureNames is not null && featureNames.Count != columns)
        {
            throw new ArgumentException($"{featureNames.Count} feature names for {columns} columns.", nameof(featureNames));
        }

        Rows = rows;
        Columns = columns;
        _values = values;
        FeatureNames = featureNames?.ToArray() ?? [.. Enumerable.Range(1, columns).Select(j => $"f{j}")];
    }

    /// <summary>The number of voxels (rows).</summary>
    public int Rows { get; }

    /// <summary>The number of features (columns).</summary>
    public int Columns { get; }

    /// <summary>The feature names, in column order.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>All values, row after row.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Voxel <paramref name="row"/>'s feature vector.</summary>
    public ReadOnlySpan<double> Row(int row) => _values.AsSpan(row * Columns, Columns);

    /// <summary>Feature <paramref name="column"/> of voxel <paramref name="row"/>.</summary>
    public double this[int row, int column] => _values[row * Columns + column];

    /// <summary>A matrix from row vectors (all the same length).</summary>
    public static VoxelFeatureMatrix FromRows(IReadOnlyList<double[]> rows, IReadOnlyList<string>? featureNames = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException("No rows.", nameof(rows));
        }

        int columns = rows[0].Length;
        var values = new double[rows.Count * columns];
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != columns)
            {
                throw new ArgumentException($"Row {i} has {rows[i].Length} values, row 0 has {columns}.", nameof(rows));
            }

            rows[i].CopyTo(values, i * columns);
        }

        return new VoxelFeatureMatrix(rows.Count, columns, values, featureNames);
    }

    /// <summary>
    /// The ROI voxels' values in <paramref name="maps"/> (one map per feature, on the ROI's grid), one row per ROI
    /// voxel in scan order (x fastest, then y, then z), the order <see cref="HabitatMap.ToVolume"/> expects back.
    /// </summary>
    /// <exception cref="ArgumentException">A map's grid size differs from the ROI's.</exception>
    public static VoxelFeatureMatrix FromMaps(IReadOnlyList<Volume<double>> maps, Volume<byte> roi, IReadOnlyList<string>? featureNames = null)
    {
        ArgumentNullException.ThrowIfNull(maps);
        ArgumentNullException.ThrowIfNull(roi);
        if (maps.Count == 0)
        {
            throw new ArgumentException("No feature maps.", nameof(maps));
        }

        for (int j = 0; j < maps.Count; j++)
        {
            if (maps[j].Size != roi.Size)
            {
                throw new ArgumentException($"Feature map {featureNames?[j] ?? (j + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} has size {maps[j].Size}, the ROI {roi.Size}.", nameof(maps));
            }
        }

        ReadOnlySpan<byte> inside = roi.Voxels;
        int rows = inside.Length - inside.Count((byte)0);
        var values = new double[rows * maps.Count];
        int row = 0;
        for (int v = 0; v < inside.Length; v++)
        {
            if (inside[v] == 0)
            {
                continue;
            }

            for (int j = 0; j < maps.Count; j++)
            {
                values[row * maps.Count + j] = maps[j].Voxels[v];
            }

            row++;
        }

        return new VoxelFeatureMatrix(rows, maps.Count, values, featureNames);
    }

    /// <summary>Throws a <see cref="HabitatException"/> naming the first non-finite value (clustering needs finite features).</summary>
    internal void RequireFinite(string what)
    {
        for (int i = 0; i < _values.Length; i++)
        {
            if (!double.IsFinite(_values[i]))
            {
                throw new HabitatException($"{what}: feature '{FeatureNames[i % Columns]}' of voxel {i / Columns} is {_values[i]}; clustering needs finite values.");
            }
        }
    }
}
