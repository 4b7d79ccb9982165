using Radiomics.Configuration;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Resampling;

namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// The sampling grid of a rotated or translated variant, as MIRP's <c>interpolate(translation, rotation)</c> builds it:
/// the grid the extraction would sample (the image's own grid, or with <c>resampledPixelSpacing</c> the resampled
/// lattice over the whole image), shifted by the translation fractions of its voxel spacing, then rotated in its axial
/// plane about its (shifted) centre.
/// </summary>
/// <remarks>
/// <para>The grid moves, the patient does not: a voxel of the variant is the image sampled at the moved grid point, and
/// the variant carries the moved geometry (origin and direction), so positions and shapes in physical space are kept
/// up to the resampling itself. Rotation by θ turns the grid's x axis towards its y axis about its z axis (the slice
/// normal), right-handed; MIRP's rotation matrix turns the grid the same way.</para>
/// <para>With <c>resampledPixelSpacing</c>, the lattice is PyRadiomics' resampled grid (aligned to the mask's corner,
/// <see cref="ResamplingGrid"/>) extended over the whole image: the extraction then finds the spacing already right and
/// only crops, so a variant is interpolated once. MIRP centres its grid (IBSI); the two lattices differ by less than a
/// voxel, and the unperturbed row must equal <c>radiomics extract</c>. With <c>profile: ibsi</c> the lattice is the IBSI
/// profile's own centred grid (<see cref="Ibsi.IbsiResampler.Grid"/>), MIRP's.</para>
/// </remarks>
public static class PerturbationGrid
{
    /// <summary>
    /// The lattice the perturbations move: <paramref name="image"/>'s grid, or with <c>resampledPixelSpacing</c> in
    /// <paramref name="settings"/> the resampled lattice over the whole image (spacing as PyRadiomics' effective spacing
    /// for the ROI box <paramref name="roiBox"/>).
    /// </summary>
    public static ImageGeometry Lattice(ImageGeometry image, BoundingBox roiBox, RadiomicsSettings settings)
    {
        if (settings.Resampling.Spacing is not { } requested)
        {
            return image;
        }

        if (settings.Profile == ComplianceProfile.Ibsi)
        {
            // The IBSI profile's own grid (centred on the image, as MIRP's): axes at 0, and z with force2D, keep theirs.
            double? Axis(int a) => requested[a] == 0 || (settings.Features.Force2D && a == 2) ? null : requested[a];
            return Ibsi.IbsiResampler.Grid(image, Axis(0), Axis(1), Axis(2));
        }

        Vector3D spacing = ResamplingGrid.EffectiveSpacing(image, roiBox, requested);
        var whole = new BoundingBox(new Index3(0, 0, 0), new Index3(image.Size.X - 1, image.Size.Y - 1, image.Size.Z - 1));
        return ResamplingGrid.Compute(image, whole, spacing, 0);
    }

    /// <summary>
    /// <paramref name="lattice"/> translated by <paramref name="translation"/> (fractions of its spacing along its axes)
    /// and rotated by <paramref name="rotationDegrees"/> about the axis through its translated centre along its third
    /// axis. No change returns <paramref name="lattice"/> itself.
    /// </summary>
    public static ImageGeometry Moved(ImageGeometry lattice, double rotationDegrees, Vector3D translation)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        if (rotationDegrees == 0 && translation == Vector3D.Zero)
        {
            return lattice;
        }

        Vector3D halfExtent = new((lattice.Size.X - 1) / 2.0, (lattice.Size.Y - 1) / 2.0, (lattice.Size.Z - 1) / 2.0);
        Vector3D centre = lattice.IndexToPhysical(halfExtent.X + translation.X, halfExtent.Y + translation.Y, halfExtent.Z + translation.Z);
        Direction3 direction = Rotate(lattice.Direction, rotationDegrees);
        Vector3D origin = centre - direction.Multiply(Vector3D.Scale(halfExtent, lattice.Spacing));
        return lattice with { Origin = origin, Direction = direction };
    }

    /// <summary>
    /// <paramref name="direction"/> with every column turned by θ about its third column (Rodrigues' formula; the third
    /// column, normalised, is the axis). θ = 0 returns it unchanged.
    /// </summary>
    public static Direction3 Rotate(Direction3 direction, double degrees)
    {
        if (degrees == 0)
        {
            return direction;
        }

        double theta = degrees * Math.PI / 180;
        double cos = Math.Cos(theta), sin = Math.Sin(theta);
        Vector3D axis = direction.Column(2) / direction.Column(2).Length;
        Vector3D Turn(Vector3D v) => v * cos + Vector3D.Cross(axis, v) * sin + axis * (Vector3D.Dot(axis, v) * (1 - cos));
        return Direction3.FromColumns(Turn(direction.Column(0)), Turn(direction.Column(1)), direction.Column(2));
    }
}
