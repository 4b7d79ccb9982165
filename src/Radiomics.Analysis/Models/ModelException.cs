namespace Radiomics.Analysis.Models;

/// <summary>
/// A model could not be trained, applied, read or evaluated: bad input (a missing or non-numeric column, an outcome
/// with one class, a missing feature) or a fit that did not converge. The message is one line naming the column,
/// feature, file or setting and the problem, fit for showing to a user as it is.
/// </summary>
public sealed class ModelException : Exception
{
    /// <summary>A model error described by <paramref name="message"/> (one line naming the column, feature, file or setting).</summary>
    public ModelException(string message)
        : base(message)
    {
    }

    /// <summary>A model error described by <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public ModelException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
