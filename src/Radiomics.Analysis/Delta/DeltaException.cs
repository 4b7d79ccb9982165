namespace Radiomics.Analysis.Delta;

/// <summary>The table cannot be read as a longitudinal table (a missing column, a repeated subject and time point, a slope on a non-numeric time); the message is one line naming the column, subject or value.</summary>
public sealed class DeltaException(string message) : Exception(message);
