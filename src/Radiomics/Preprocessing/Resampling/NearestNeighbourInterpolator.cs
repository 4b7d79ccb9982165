using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// ITK's <c>NearestNeighborInterpolateImageFunction</c>: the voxel at <c>RoundHalfIntegerUp(index)</c>
/// (⌊index + ½⌋), clamped into the buffer as ITK's index conversion does at the −½ / size − ½ edges.
/// </summary>
internal sealed class NearestNeighbourInterpolator<T>(Volume<T> image, Func<T, double> toDouble) : IResamplingInterpolator
    where T : unmanaged
{
    private readonly Size3 _size = image.Size;

    public double Evaluate(double x, double y, double z) => toDouble(Sample(x, y, z));

    public T Sample(double x, double y, double z)
    {
        int i = Clamp((int)Math.Floor(x + 0.5), _size.X);
        int j = Clamp((int)Math.Floor(y + 0.5), _size.Y);
        int k = Clamp((int)Math.Floor(z + 0.5), _size.Z);
        return image[i, j, k];
    }

    private static int Clamp(int index, int length) => index < 0 ? 0 : index >= length ? length - 1 : index;
}
