using Radiomics.Imaging;

namespace Radiomics.Preprocessing.Resampling;

/// <summary>
/// The output-index → input-continuous-index map of a resampling whose grids are axis-aligned to each other
/// (PyRadiomics' case: the new grid keeps the mask's direction): input axis a depends on output axis a only, so
/// the map is three 1-D tables. Each entry is what ITK's row walk computes for that index (the row start, or for
/// x the interpolated position along the first row), so only the last bits of rows other than the first can
/// differ from a point-by-point walk.
/// </summary>
internal sealed class AxisAlignedMapping
{
    /// <summary>
    /// The largest drift (in input voxels, over the whole output grid) of an input axis along another output
    /// axis that still counts as axis-aligned. It absorbs the rounding of <c>D⁻¹·D</c> for a non-identity
    /// direction (≈ 1e-16 per voxel) and is far below anything float32 storage can show.
    /// </summary>
    private const double DriftTolerance = 1e-9;

    private AxisAlignedMapping(double[][] indices, Size3 inputSize)
    {
        Indices = indices;
        InputSize = inputSize;
    }

    /// <summary>Indices[a][i]: the input continuous index along axis a of output index i along axis a.</summary>
    public double[][] Indices { get; }

    public Size3 InputSize { get; }

    /// <summary>ITK's IsInsideBuffer along one axis: −½ ≤ index &lt; size − ½ (NaN is outside).</summary>
    public bool Inside(int axis, int index)
    {
        double c = Indices[axis][index];
        return c >= -0.5 && c < InputSize[axis] - 0.5;
    }

    /// <summary>The three tables, or null when some input axis moves along another output axis.</summary>
    public static AxisAlignedMapping? TryCreate(ImageGeometry output, ImageGeometry input)
    {
        var outputMapping = new ItkIndexMapping(output);
        var inputMapping = new ItkIndexMapping(input);
        Size3 n = output.Size;
        Vector3D Map(double i, double j, double k) => inputMapping.ToContinuousIndex(outputMapping.ToPhysical(i, j, k));

        Vector3D origin = Map(0, 0, 0);
        Vector3D[] ends = [Map(n.X, 0, 0), Map(0, n.Y, 0), Map(0, 0, n.Z)];
        for (int along = 0; along < 3; along++)
        {
            for (int axis = 0; axis < 3; axis++)
            {
                if (axis != along && !(Math.Abs(ends[along][axis] - origin[axis]) <= DriftTolerance))
                {
                    return null;
                }
            }
        }

        // x: ITK interpolates along each row between its start (x = 0) and its end (x = size).
        var x = new double[n.X];
        for (int i = 0; i < n.X; i++)
        {
            double alpha = i / (double)n.X;
            x[i] = origin.X * (1.0 - alpha) + ends[0].X * alpha;
        }

        var y = new double[n.Y];
        for (int j = 0; j < n.Y; j++)
        {
            y[j] = Map(0, j, 0).Y;
        }

        var z = new double[n.Z];
        for (int k = 0; k < n.Z; k++)
        {
            z[k] = Map(0, 0, k).Z;
        }

        return new AxisAlignedMapping([x, y, z], input.Size);
    }
}
