using Radiomics.Dicom.Parsing;
using Radiomics.Dicom.Sr;
using Radiomics.Tests.Support;

namespace Radiomics.Dicom.Tests;

/// <summary>Damaged reports (truncated, bytes flipped) are read or refused with a <see cref="DicomFormatException"/>, nothing else.</summary>
public sealed class MeasurementReportReaderFuzzTests
{
    [Fact]
    public void Read_DamagedDcmtkReport_OnlyEverThrowsDicomFormatException()
    {
        byte[] original = File.ReadAllBytes(TestData.Require("dicom/sr/tid1500_ref.dcm"));
        var random = new Random(1500);
        for (int trial = 0; trial < 400; trial++)
        {
            byte[] damaged = trial % 2 == 0 ? original[..random.Next(132, original.Length)] : (byte[])original.Clone();
            if (trial % 2 == 1)
            {
                for (int flips = random.Next(1, 8); flips > 0; flips--)
                {
                    damaged[random.Next(132, damaged.Length)] = (byte)random.Next(256);
                }
            }

            try
            {
                MeasurementReportContent report = MeasurementReportReader.FromFile(DicomFile.Parse(damaged, "damaged.dcm"));
                _ = MeasurementReportTable.ToTsv(report);
            }
            catch (DicomFormatException)
            {
                // A clear refusal is a correct outcome.
            }
        }
    }
}
