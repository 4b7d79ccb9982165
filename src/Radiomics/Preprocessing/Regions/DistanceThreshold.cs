namespace Radiomics.Preprocessing.Regions;

/// <summary>
/// "Distance ≤ d" tested on squared distances without a square root per voxel: the largest double T with
/// <c>Math.Sqrt(T) ≤ d</c>, so <c>D² ≤ T</c> exactly when <c>Math.Sqrt(D²) ≤ d</c> (the square root is correctly
/// rounded and monotone). That is the comparison scipy's distance map makes (<c>edt ≤ d</c>, the edt being the square
/// root of the same sum), decided identically even for a voxel that lies on the boundary up to rounding.
/// </summary>
internal static class DistanceThreshold
{
    public static double SquaredLimit(double distance)
    {
        double limit = distance * distance;
        while (limit > 0 && Math.Sqrt(limit) > distance)
        {
            limit = Math.BitDecrement(limit);
        }

        while (Math.Sqrt(Math.BitIncrement(limit)) <= distance)
        {
            limit = Math.BitIncrement(limit);
        }

        return limit;
    }
}
