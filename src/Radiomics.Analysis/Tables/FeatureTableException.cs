namespace Radiomics.Analysis.Tables;

/// <summary>
/// A feature table that cannot be read, or that does not suit the analysis asked of it (a missing column, a NaN where
/// none is allowed, a batch the model has not seen, …). The message is one line naming the file or option, the row
/// and column where it applies, and the problem, so a command-line tool can print it as it is.
/// </summary>
public sealed class FeatureTableException : Exception
{
    /// <summary>A table error described by <paramref name="message"/> (one line), optionally caused by <paramref name="inner"/>.</summary>
    public FeatureTableException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
