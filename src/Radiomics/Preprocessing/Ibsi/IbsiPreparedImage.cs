using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Ibsi;

/// <summary>
/// An image and ROI after the IBSI chain (<see cref="IbsiChain"/>), all on one grid: the interpolated image, the
/// morphological mask (the interpolated ROI) and the intensity mask (the morphological mask re-segmented).
/// </summary>
public sealed record IbsiPreparedImage(Volume<double> Image, Volume<byte> MorphologicalMask, Volume<byte> IntensityMask);
