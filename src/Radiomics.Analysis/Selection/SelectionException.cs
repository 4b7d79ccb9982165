namespace Radiomics.Analysis.Selection;

/// <summary>
/// Feature selection could not run or its file could not be read: bad settings (a cutoff out of range, a method that
/// needs an outcome without one), a missing or unusable outcome column, an unreadable robustness list or selection
/// file. The message is one line naming the option, column or file and the problem, fit to show a user as it is.
/// </summary>
public sealed class SelectionException : Exception
{
    /// <summary>A selection error described by <paramref name="message"/> (one line naming the option, column or file).</summary>
    public SelectionException(string message)
        : base(message)
    {
    }

    /// <summary>A selection error described by <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public SelectionException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
