using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Ibsi;
using Radiomics.Imaging;

namespace Radiomics.Tests.Ibsi1;

/// <summary>Small cases worked by hand and invariants of the IBSI 1 families.</summary>
public class HandComputedTests
{
    [Fact]
    public void EllipsoidArea_OfSphere_IsFourPiRSquared()
    {
        Assert.Equal(4 * Math.PI * 9, MorphologyMeasures.EllipsoidArea(3, 3, 3), 10);
    }

    [Fact]
    public void EllipsoidArea_OfTriaxialEllipsoid_EqualsIbsiSeriesSummedDirectly()
    {
        // IBSI's series 4πab Σ_{ν=0}^{20} (αβ)^ν P_ν(x) / (1 − 4ν²), x = (α² + β²)/(2αβ), with P_ν by Bonnet's recurrence on x.
        double a = 3, b = 2, c = 1.5;
        double alpha = Math.Sqrt(1 - b * b / (a * a)), beta = Math.Sqrt(1 - c * c / (a * a));
        double x = (alpha * alpha + beta * beta) / (2 * alpha * beta);
        double pPrevious = 1, p = x, sum = 1 + alpha * beta * x / (1 - 4.0);
        for (int nu = 1; nu < 20; nu++)
        {
            double next = ((2 * nu + 1) * x * p - nu * pPrevious) / (nu + 1);
            pPrevious = p;
            p = next;
            sum += Math.Pow(alpha * beta, nu + 1) * p / (1 - 4.0 * (nu + 1) * (nu + 1));
        }

        Assert.Equal(4 * Math.PI * a * b * sum, MorphologyMeasures.EllipsoidArea(a, b, c), 9);
    }

    [Fact]
    public void DistanceMap_OfFiveByFiveSquare_CountsStepsToTheEdge()
    {
        var mask = new Volume<byte>(ImageGeometry.Unit(new Size3(7, 7, 1)));
        for (int y = 1; y <= 5; y++)
        {
            for (int x = 1; x <= 5; x++)
            {
                mask[x, y, 0] = 1;
            }
        }

        int[] distance = GldzmMatrices.DistanceMap(mask, is3D: false);
        Assert.Equal(1, distance[1 + 7 * 1]);
        Assert.Equal(2, distance[2 + 7 * 2]);
        Assert.Equal(3, distance[3 + 7 * 3]);
        Assert.Equal(0, distance[0]);
    }

    [Fact]
    public void IntensityVolumeHistogram_OfFourLevels_GivesHandComputedFractions()
    {
        // Intensities 1, 2, 3, 4 once each: ν = 1, 0.75, 0.5, 0.25; γ = 0, 1/3, 2/3, 1.
        var curve = IntensityVolumeHistogramFamily.Curve.Of([1.0, 2, 3, 4], IvhDiscretisation.None);
        Assert.Equal(0.75, IntensityVolumeHistogramFamily.VolumeAtIntensityFraction(curve, 0.10), 12);
        Assert.Equal(0.25, IntensityVolumeHistogramFamily.VolumeAtIntensityFraction(curve, 0.90), 12);
        Assert.Equal(5, IntensityVolumeHistogramFamily.IntensityAtVolumeFraction(curve, 0.10));
        Assert.Equal(2, IntensityVolumeHistogramFamily.IntensityAtVolumeFraction(curve, 0.90));
    }

    [Fact]
    public void LocalIntensity_OfConstantImage_IsTheConstant()
    {
        var geometry = new ImageGeometry(new Size3(9, 9, 9), new Vector3D(2, 2, 2), Vector3D.Zero, Direction3.Identity);
        var image = new Volume<double>(geometry);
        image.Voxels.Fill(7);
        var mask = new Volume<byte>(geometry);
        mask[4, 4, 4] = 1;
        var family = new LocalIntensityFamily();
        double[] values = family.Compute(new FeatureInput(image, mask, RadiomicsSettings.Default), family.Features);
        Assert.Equal([7.0, 7.0], values);
    }

    [Fact]
    public void SpatialAutocorrelation_ByFft_EqualsDirectPairSum()
    {
        var geometry = new ImageGeometry(new Size3(9, 7, 5), new Vector3D(0.8, 1.1, 2.5), Vector3D.Zero, Direction3.Identity);
        var image = new Volume<double>(geometry);
        var mask = new Volume<byte>(geometry);
        var random = new Random(7);
        for (int i = 0; i < image.Length; i++)
        {
            image.Voxels[i] = random.Next(-50, 200);
            mask.Voxels[i] = random.NextDouble() < 0.6 ? (byte)1 : (byte)0;
        }

        (double moran, double geary) = SpatialAutocorrelation.Compute(image, mask);
        (double moranDirect, double gearyDirect) = SpatialAutocorrelation.Direct(image, mask);
        Assert.Equal(moranDirect, moran, 10);
        Assert.Equal(gearyDirect, geary, 10);
    }

    [Fact]
    public void MinimumVolumeEllipsoid_OfPointsOnAnEllipsoid_IsThatEllipsoid()
    {
        var points = new List<Vector3D>();
        for (int i = 0; i < 12; i++)
        {
            for (int j = 1; j < 6; j++)
            {
                double phi = 2 * Math.PI * i / 12, theta = Math.PI * j / 6;
                points.Add(new Vector3D(5 * Math.Sin(theta) * Math.Cos(phi) + 1, 3 * Math.Sin(theta) * Math.Sin(phi) - 2, 2 * Math.Cos(theta)));
            }
        }

        points.Add(new Vector3D(1, -2, 2));
        points.Add(new Vector3D(1, -2, -2));
        double[] axes = EnclosingShapes.MinimumVolumeEllipsoid(points, 1e-10, 200000);
        Assert.Equal(5, axes[0], 3);
        Assert.Equal(3, axes[1], 3);
        Assert.Equal(2, axes[2], 3);
    }

    [Fact]
    public void OrientedMinimumBox_OfAnAxisAlignedBoxMask_HasTheBoxExtent()
    {
        var mask = new Volume<byte>(ImageGeometry.Unit(new Size3(8, 6, 5)));
        for (int z = 1; z <= 3; z++)
        {
            for (int y = 1; y <= 4; y++)
            {
                for (int x = 1; x <= 6; x++)
                {
                    mask[x, y, z] = 1;
                }
            }
        }

        // The marching-cubes surface of a 6 × 4 × 3 voxel block spans 6 × 4 × 3 between its face centres.
        double[] box = EnclosingShapes.OrientedMinimumBox(Radiomics.Features.Shape.SurfaceMesh.Build(mask).ConvexHull());
        Assert.Equal(6.0 * 4 * 3, box[0] * box[1] * box[2], 6);
    }
}
