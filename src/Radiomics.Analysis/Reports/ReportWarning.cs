namespace Radiomics.Analysis.Reports;

/// <summary>One warning about a case: its kind and a sentence with the measured value and the threshold.</summary>
public sealed record ReportWarning(WarningKind Kind, string Message);
