using Radiomics.Imaging;

namespace Radiomics.Features.Texture;

/// <summary>
/// One texture matrix for inspection: rows are grey levels present in the ROI, columns as <see cref="ColumnName"/>
/// says (neighbour grey level, run length, zone size, dependence count, or the NGTDM's n and s columns).
/// <see cref="Values"/> holds raw counts (not normalised), row-major.
/// </summary>
/// <param name="Family">glcm, glrlm, glszm, gldm or ngtdm.</param>
/// <param name="Slice">The slice index (IBSI 2D), or null for a volume matrix.</param>
/// <param name="Direction">The direction (x, y, z offset) of a directional matrix, or null.</param>
/// <param name="GreyLevels">The grey level of each row.</param>
/// <param name="ColumnName">What the columns are.</param>
/// <param name="Columns">The column labels.</param>
/// <param name="Values">Counts, <c>GreyLevels.Count × Columns.Count</c>, row-major.</param>
public sealed record TextureMatrix(
    string Family,
    int? Slice,
    Index3? Direction,
    IReadOnlyList<int> GreyLevels,
    string ColumnName,
    IReadOnlyList<string> Columns,
    double[] Values)
{
    /// <summary>The entry at a row and column.</summary>
    public double this[int row, int column] => Values[row * Columns.Count + column];
}
