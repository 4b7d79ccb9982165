namespace Radiomics.Compliance;

/// <summary>Whether a <see cref="CheckRow"/> is a computed value or a comparison score.</summary>
public enum CheckRowKind
{
    /// <summary>A value the engine computed (a feature or a diagnostic); exported with <c>--out</c>.</summary>
    Value,

    /// <summary>
    /// A score computed against the reference itself (e.g. max |map − reference| over the tolerance); shown in the
    /// table and compared, but not exported, because it is not an output of the engine.
    /// </summary>
    Comparison,
}
