using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Features.Shape;
using Radiomics.Features.Shape2D;
using Radiomics.Imaging;

namespace Radiomics.Tests.Features.Shape;

public class ShapeRegistryTests
{
    [Fact]
    public void ShapeFamily_ListsPyRadiomicsFeatures_DeprecatedOnesOnlyOnRequest()
    {
        var family = new ShapeFamily();
        Assert.Equal("shape", family.Name);
        Assert.Equal(
            ["MeshVolume", "VoxelVolume", "SurfaceArea", "SurfaceVolumeRatio", "Sphericity", "Compactness1", "Compactness2",
             "SphericalDisproportion", "Maximum3DDiameter", "Maximum2DDiameterSlice", "Maximum2DDiameterColumn",
             "Maximum2DDiameterRow", "MajorAxisLength", "MinorAxisLength", "LeastAxisLength", "Elongation", "Flatness"],
            family.Features.Select(f => f.Name));
        Assert.Equal(["Compactness1", "Compactness2", "SphericalDisproportion"],
            family.Features.Where(f => f.OnlyWhenRequested).Select(f => f.Name));
        Assert.Equal("RNU0", family.Features.Single(f => f.Name == "MeshVolume").IbsiId);
        Assert.All(family.Features.Where(f => !f.Name.StartsWith("Maximum2D", StringComparison.Ordinal)), f => Assert.NotNull(f.IbsiId));
    }

    [Fact]
    public void Shape2DFamily_ListsPyRadiomicsFeatures_DeprecatedOneOnlyOnRequest()
    {
        var family = new Shape2DFamily();
        Assert.Equal("shape2D", family.Name);
        Assert.Equal(
            ["MeshSurface", "PixelSurface", "Perimeter", "PerimeterSurfaceRatio", "Sphericity", "SphericalDisproportion",
             "MaximumDiameter", "MajorAxisLength", "MinorAxisLength", "Elongation"],
            family.Features.Select(f => f.Name));
        Assert.Equal(["SphericalDisproportion"], family.Features.Where(f => f.OnlyWhenRequested).Select(f => f.Name));
    }

    [Fact]
    public void Compute_ReturnsRequestedSubsetInOrder()
    {
        var family = new ShapeFamily();
        var mask = ShapeInputs.Mask(new Size3(3, 2, 2), Vector3D.One, (_, _, _) => true);
        Dictionary<string, double> all = ShapeInputs.Compute(family, mask);
        FeatureInfo[] subset = [family.Features[8], family.Features[0]];
        double[] values = family.Compute(new FeatureInput(new Volume<double>(mask.Geometry), mask, RadiomicsSettings.Default), subset);
        Assert.Equal([all["Maximum3DDiameter"], all["MeshVolume"]], values);
    }
}
