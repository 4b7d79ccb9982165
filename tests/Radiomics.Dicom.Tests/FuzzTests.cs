using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Pixels;
using Radiomics.Dicom.RtStruct;
using Radiomics.Dicom.Tests.Support;

namespace Radiomics.Dicom.Tests;

/// <summary>Mutated bytes of valid files (fixed seed, bounded iterations) end in success or a DicomFormatException, nothing else.</summary>
public sealed class FuzzTests
{
    [Theory]
    [InlineData(TestSyntax.ExplicitLittle, false)]
    [InlineData(TestSyntax.ImplicitLittle, true)]
    [InlineData(TestSyntax.ExplicitBig, false)]
    [InlineData(TestSyntax.Deflated, false)]
    [InlineData(TestSyntax.Rle, true)]
    public void ParseAndDecode_MutatedFile_OnlyDicomFormatException(TestSyntax syntax, bool undefinedLengths)
    {
        byte[] valid = TestDicomWriter.Write(TestSlice.Synthetic(1, rows: 12, columns: 10)[0].Elements(), syntax, undefinedLengths);
        var random = new Random(6 + (int)syntax);
        int refused = 0;
        for (int iteration = 0; iteration < 600; iteration++)
        {
            byte[] bytes = (byte[])valid.Clone();
            int mutations = 1 + random.Next(4);
            for (int m = 0; m < mutations; m++)
            {
                int at = 128 + random.Next(bytes.Length - 128);
                bytes[at] = random.Next(3) switch
                {
                    0 => (byte)random.Next(256),
                    1 => 0xFF,
                    _ => (byte)(bytes[at] ^ (1 << random.Next(8))),
                };
            }

            if (random.Next(8) == 0)
            {
                bytes = bytes[..random.Next(bytes.Length)];
            }

            try
            {
                DicomFile file = DicomFile.Parse(bytes, "fuzz.dcm");
                if (file.Dataset.Contains(DicomTags.PixelData))
                {
                    PixelDataReader.DecodeFrame(file, 0);
                }

                if (file.Dataset.Contains(DicomTags.StructureSetRoiSequence))
                {
                    RtStructureSet.FromFile(file);
                }
            }
            catch (DicomFormatException)
            {
                refused++;
            }
        }

        Assert.True(refused > 0, "mutations were never noticed: the fuzz test is not exercising the parser");
    }
}
