using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Imaging;

namespace Radiomics.Tests.Extraction;

/// <summary>PyRadiomics' mask rules: label selection, geometry check and correctMask, minimum ROI checks, clear errors.</summary>
public class MaskHandlingTests
{
    private static readonly ImageGeometry Grid = new(new Size3(12, 10, 8), new Vector3D(1, 1, 2), new Vector3D(5, -3, 10), Direction3.Identity);

    private static ImageData Image(ImageGeometry? geometry = null)
    {
        geometry ??= Grid;
        var voxels = new short[geometry.VoxelCount];
        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = (short)((i * 37) % 101);
        }

        return new ImageData(geometry, VoxelType.Int16, voxels);
    }

    private static ImageData Mask(Func<int, int, int, byte> label, ImageGeometry? geometry = null)
    {
        geometry ??= Grid;
        var voxels = new byte[geometry.VoxelCount];
        for (int z = 0; z < geometry.Size.Z; z++)
        {
            for (int y = 0; y < geometry.Size.Y; y++)
            {
                for (int x = 0; x < geometry.Size.X; x++)
                {
                    voxels[geometry.Size.Offset(x, y, z)] = label(x, y, z);
                }
            }
        }

        return new ImageData(geometry, VoxelType.UInt8, voxels);
    }

    private static byte Block(int x, int y, int z) => x is >= 3 and < 8 && y is >= 2 and < 7 && z is >= 2 and < 6 ? (byte)(x < 5 ? 1 : 2) : (byte)0;

    private static RadiomicsExtractor Extractor(Func<RadiomicsSettings, RadiomicsSettings>? change = null) =>
        new(ExtractionParameters.Default with
        {
            Settings = (change ?? (s => s))(RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 10 } }),
            FeatureClasses = [new FeatureClassRequest("firstorder", null), new FeatureClassRequest("shape", null)],
        });

    [Fact]
    public void Label_SelectsOnlyThatLabel()
    {
        FeatureResult one = Extractor().Extract(Image(), Mask(Block));
        FeatureResult two = Extractor(s => s with { Mask = s.Mask with { Label = 2 } }).Extract(Image(), Mask(Block));
        Assert.Equal(2 * 5 * 4, one["diagnostics_Mask-original_VoxelNum"].Number);
        Assert.Equal(3 * 5 * 4, two["diagnostics_Mask-original_VoxelNum"].Number);
        Assert.Equal("(3, 2, 2, 2, 5, 4)", one["diagnostics_Mask-original_BoundingBox"].Text);
    }

    [Fact]
    public void VoxelCountAndCentreOfMass_AreThoseOfTheVoxelsOneByOne()
    {
        // Holes, runs touching both ends of the box's rows and single voxels: the diagnostics count runs at a time.
        static byte Scattered(int x, int y, int z) => (x * 7 + y * 13 + z * 29) % 5 < 3 || x == 11 ? (byte)1 : (byte)0;
        FeatureResult result = Extractor().Extract(Image(), Mask(Scattered));
        long count = 0;
        double cx = 0, cy = 0, cz = 0;
        for (int z = 0; z < Grid.Size.Z; z++)
        {
            for (int y = 0; y < Grid.Size.Y; y++)
            {
                for (int x = 0; x < Grid.Size.X; x++)
                {
                    if (Scattered(x, y, z) != 0)
                    {
                        count++;
                        cx += x;
                        cy += y;
                        cz += z;
                    }
                }
            }
        }

        Assert.Equal(count, result["diagnostics_Mask-original_VoxelNum"].Number);
        string expected = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({cx / count:R}, {cy / count:R}, {cz / count:R})");
        Assert.Equal(expected, result["diagnostics_Mask-original_CenterOfMassIndex"].Text);
    }

    [Fact]
    public void LabelChannel_SelectsTheComponentOfAVectorMask()
    {
        ImageData scalar = Mask(Block);
        var vector = new byte[scalar.Geometry.VoxelCount * 2];
        for (int i = 0; i < scalar.Geometry.VoxelCount; i++)
        {
            vector[2 * i + 1] = ((byte[])scalar.Voxels)[i];
        }

        var vectorMask = new ImageData(Grid, VoxelType.UInt8, vector, components: 2);
        FeatureResult result = Extractor(s => s with { Mask = s.Mask with { LabelChannel = 1 } }).Extract(Image(), vectorMask);
        Assert.Equal(40, result["diagnostics_Mask-original_VoxelNum"].Number);
        Assert.Throws<ExtractionException>(() => Extractor(s => s with { Mask = s.Mask with { LabelChannel = 0 } }).Extract(Image(), vectorMask));
    }

    [Fact]
    public void MissingLabel_EmptyMask_AndOutsideMask_EachGetTheirOwnMessage()
    {
        var missing = Assert.Throws<ExtractionException>(() => Extractor(s => s with { Mask = s.Mask with { Label = 7 } }).Extract(Image(), Mask(Block)));
        Assert.Contains("label 7 is not in the mask; labels present: 1, 2", missing.Message);

        var empty = Assert.Throws<ExtractionException>(() => Extractor().Extract(Image(), Mask((_, _, _) => 0)));
        Assert.Contains("the mask is empty", empty.Message);

        ImageGeometry far = Grid with { Origin = new Vector3D(500, 500, 500) };
        var outside = Assert.Throws<ExtractionException>(() => Extractor(s => s with { Mask = s.Mask with { CorrectMask = true } }).Extract(Image(), Mask(Block, far)));
        Assert.Contains("outside the image", outside.Message);
    }

    [Fact]
    public void GeometryMismatch_IsRejected_UnlessWithinToleranceOrCorrected()
    {
        ImageGeometry shifted = Grid with { Origin = Grid.Origin + new Vector3D(1e-4, 0, 0) };
        var mismatch = Assert.Throws<ExtractionException>(() => Extractor().Extract(Image(), Mask(Block, shifted)));
        Assert.Contains("geometry does not match", mismatch.Message);
        Assert.Contains("correctMask", mismatch.Message);

        FeatureResult tolerant = Extractor(s => s with { Mask = s.Mask with { GeometryTolerance = 1e-3 } }).Extract(Image(), Mask(Block, shifted));
        FeatureResult exact = Extractor().Extract(Image(), Mask(Block));
        Assert.Equal(exact["original_firstorder_Mean"].Number, tolerant["original_firstorder_Mean"].Number);

        // A mask on a coarser grid covering the same space: resampled onto the image grid with nearest neighbour.
        ImageGeometry coarse = new(new Size3(6, 5, 4), new Vector3D(2, 2, 4), Grid.Origin + new Vector3D(0.5, 0.5, 1), Direction3.Identity);
        FeatureResult corrected = Extractor(s => s with { Mask = s.Mask with { CorrectMask = true } }).Extract(Image(), Mask((x, y, z) => x is >= 1 and < 4 && y is >= 1 and < 4 && z is >= 1 and < 3 ? (byte)1 : (byte)0, coarse));
        Assert.Equal(3 * 3 * 2, corrected["diagnostics_Mask-original_VoxelNum"].Number);
        Assert.Equal(6 * 6 * 4, corrected["diagnostics_Mask-corrected_VoxelNum"].Number);
        Assert.Equal("(2, 2, 2, 6, 6, 4)", corrected["diagnostics_Mask-corrected_BoundingBox"].Text);
    }

    [Fact]
    public void MinimumRoiDimensionsAndSize_AreEnforced()
    {
        ImageData plane = Mask((x, y, z) => z == 3 && x is >= 2 and < 6 && y is >= 2 and < 6 ? (byte)1 : (byte)0);
        Assert.Equal(16, Extractor(s => s with { Mask = s.Mask with { MinimumRoiDimensions = 2 } }).Extract(Image(), plane)["diagnostics_Mask-original_VoxelNum"].Number);
        var dimensions = Assert.Throws<ExtractionException>(() => Extractor(s => s with { Mask = s.Mask with { MinimumRoiDimensions = 3 } }).Extract(Image(), plane));
        Assert.Contains("minimumROIDimensions is 3", dimensions.Message);
        var size = Assert.Throws<ExtractionException>(() => Extractor(s => s with { Mask = s.Mask with { MinimumRoiSize = 17 } }).Extract(Image(), plane));
        Assert.Contains("fewer than minimumROISize 17", size.Message);
    }
}
