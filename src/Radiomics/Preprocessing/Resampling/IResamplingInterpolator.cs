namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// Evaluates an image at a continuous index that ITK's <c>IsInsideBuffer</c> accepts
/// (−½ ≤ index &lt; size − ½ on every axis). Implementations are immutable once built, so one instance
/// serves every thread.
/// </summary>
internal interface IResamplingInterpolator
{
    double Evaluate(double x, double y, double z);
}
