namespace Radiomics.Compliance;

/// <summary>
/// One value a compliance check computed: the dataset (as the reference table names it, e.g. "IBSI2 phase 2 3.B"),
/// the reference tag (e.g. "stat_mean") and the value. <see cref="Kind"/> tells a computed value (written to
/// <c>--out</c>) from a comparison score that only exists to be checked (e.g. a response map's normalised difference).
/// </summary>
public sealed record CheckRow(string Dataset, string Tag, double Value, CheckRowKind Kind = CheckRowKind.Value);
