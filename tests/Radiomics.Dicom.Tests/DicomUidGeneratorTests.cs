using Radiomics.Dicom.Writing;

namespace Radiomics.Dicom.Tests;

public sealed class DicomUidGeneratorTests
{
    /// <summary>RFC 9562 Appendix A.4: UUIDv5 of "www.example.com" in the DNS namespace.</summary>
    [Fact]
    public void NameBased_RfcExample_MatchesTheRfc()
    {
        Guid uuid = DicomUidGenerator.NameBased(Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com");

        Assert.Equal(Guid.Parse("2ed6657d-e927-568b-95e1-2665a8aea6a2"), uuid);
    }

    /// <summary>PS3.5 B.2: the UUID's 128 bits as one unsigned decimal integer under 2.25.</summary>
    [Fact]
    public void FromUuid_IsTheUnsignedIntegerUnder225()
    {
        Assert.Equal("2.25.62257697832880430461588949038000940706", DicomUidGenerator.FromUuid(Guid.Parse("2ed6657d-e927-568b-95e1-2665a8aea6a2")));
        Assert.Equal("2.25.0", DicomUidGenerator.FromUuid(Guid.Empty));
        Assert.Equal("2.25.340282366920938463463374607431768211455", DicomUidGenerator.FromUuid(Guid.AllBitsSet));
    }

    [Fact]
    public void Create_Seeded_IsAFunctionOfSeedAndPurposeOnly()
    {
        var a = new DicomUidGenerator("run-1");

        Assert.Equal(a.Create("seg/instance"), new DicomUidGenerator("run-1").Create("seg/instance"));
        Assert.NotEqual(a.Create("seg/instance"), a.Create("seg/series"));
        Assert.NotEqual(a.Create("seg/instance"), new DicomUidGenerator("run-2").Create("seg/instance"));
    }

    [Fact]
    public void Create_SeededOrRandom_IsAValidUidOfAtMost64Characters()
    {
        var random = new DicomUidGenerator();
        var seeded = new DicomUidGenerator("x");
        for (int i = 0; i < 1000; i++)
        {
            foreach (string uid in new[] { random.Create("p"), seeded.Create($"p{i}") })
            {
                Assert.True(DicomValueRules.IsUid(uid), uid);
                Assert.True(uid.Length <= 64);
                Assert.StartsWith("2.25.", uid, StringComparison.Ordinal);
            }
        }

        Assert.NotEqual(random.Create("p"), random.Create("p"));
    }
}
