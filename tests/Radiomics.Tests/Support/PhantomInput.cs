using Radiomics.Configuration;
using Radiomics.Features;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Tests.Support;

/// <summary>Feature inputs made directly from the reference phantoms (label 1, cropped to the ROI's bounding box).</summary>
public static class PhantomInput
{
    public static FeatureInput Create(string imagePath, string maskPath, RadiomicsSettings settings)
    {
        ImageData image = ImageReader.Read(imagePath);
        Volume<byte> mask = ImageReader.Read(maskPath).ToBinaryMask(1);
        BoundingBox box = BoundingBox.Of(mask)!.Value;
        return new FeatureInput(image.ToDoubleVolume().Crop(box.Lower, box.Size), mask.Crop(box.Lower, box.Size), settings);
    }

    public static FeatureInput DigitalPhantom(RadiomicsSettings settings) =>
        Create(TestData.IbsiDigitalPhantomImage, TestData.IbsiDigitalPhantomMask, settings);
}
