using Radiomics.Configuration;
using Radiomics.Imaging;

namespace Radiomics.Filters.Ibsi2;

/// <summary>
/// An IBSI 2 convolutional filter: an immutable, validated definition of its parameters. <see cref="Apply"/> runs
/// it on a volume and returns the response map on the same grid. Millimetre parameters are converted to voxels with
/// the image's spacing. Intensities are processed in double precision.
/// </summary>
public abstract record Ibsi2Filter
{
    /// <summary>Sets the dimension and boundary mode shared by every filter.</summary>
    protected Ibsi2Filter(FilterDimension dimension, BoundaryMode boundary)
    {
        if (!Enum.IsDefined(dimension))
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown filter dimension.");
        }

        if (!Enum.IsDefined(boundary))
        {
            throw new ArgumentOutOfRangeException(nameof(boundary), boundary, "Unknown boundary mode.");
        }

        Dimension = dimension;
        Boundary = boundary;
    }

    /// <summary>2D (slice by slice in the i–j plane) or 3D.</summary>
    public FilterDimension Dimension { get; init; }

    /// <summary>How the image is extended beyond its border.</summary>
    public BoundaryMode Boundary { get; init; }

    /// <summary>A short, stable description of the filter and its parameters (for provenance and names).</summary>
    public abstract string Describe();

    /// <summary>Filters <paramref name="image"/> and returns the response map on the same geometry.</summary>
    public Volume<double> Apply(Volume<double> image, FilterExecution? execution = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        double[] response = Execute(image.Buffer, image.Size, image.Geometry.Spacing, execution ?? FilterExecution.Default);
        return new Volume<double>(image.Geometry, response);
    }

    /// <summary>The response for an x-fastest voxel buffer; must not modify <paramref name="voxels"/>.</summary>
    internal abstract double[] Execute(double[] voxels, Size3 size, Vector3D spacing, FilterExecution execution);

    private protected bool Is3D => Dimension == FilterDimension.Volume3D;
}
