namespace Radiomics.Analysis.Bundles;

/// <summary>
/// A model bundle cannot be made, read, verified or applied: inconsistent parts (a feature the model needs that the
/// parameter file does not produce), a changed bundle (its content no longer matches its SHA-256), a build that
/// computes the check case differently, an unseen batch. The message is one line naming the file, feature or batch.
/// </summary>
public sealed class BundleException : Exception
{
    public BundleException(string message)
        : base(message)
    {
    }

    public BundleException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
