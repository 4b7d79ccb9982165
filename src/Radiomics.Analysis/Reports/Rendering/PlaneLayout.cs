namespace Radiomics.Analysis.Reports.Rendering;

/// <summary>How a plane lies on the image grid: its normal index axis, and the index axes along columns and rows with their direction.</summary>
internal readonly record struct PlaneLayout(int Normal, int ColumnAxis, bool ColumnsAscend, int RowAxis, bool RowsAscend);
