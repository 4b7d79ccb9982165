namespace Radiomics.Configuration;

/// <summary>
/// A parameter file or setting that cannot be used: the message names the key (and file) and what is allowed.
/// </summary>
public sealed class ParameterException : Exception
{
    /// <summary>A parameter error described by <paramref name="message"/> (one line naming the key, the file and what is allowed).</summary>
    public ParameterException(string message)
        : base(message)
    {
    }
}
