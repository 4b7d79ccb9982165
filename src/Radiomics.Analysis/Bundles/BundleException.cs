namespace Radiomics.Analysis.Bundles;

/// <summary>
/// A model bundle cannot be made, read, verified or applied: inconsistent parts (a feature the model needs that the
/// parameter file does not produce), a changed bundle (its content no longer matches its SHA-256), a build that
/// computes the check case differently, an unseen batch. The message is one line naming the file, feature or batch.
/// </summary>
public sealed class BundleException : Exception
{
    /// <summary>A bundle error described by <paramref name="message"/> (one line naming the file, feature or batch).</summary>
    public BundleException(string message)
        : base(message)
    {
    }

    /// <summary>A bundle error described by <paramref name="message"/>, caused by <paramref name="inner"/> (e.g. an I/O or JSON error).</summary>
    public BundleException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
