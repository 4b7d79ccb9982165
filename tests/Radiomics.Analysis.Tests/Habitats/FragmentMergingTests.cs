using Radiomics.Analysis.Habitats;
using Radiomics.Imaging;
using Radiomics.Preprocessing.Regions;

namespace Radiomics.Analysis.Tests.Habitats;

public class FragmentMergingTests
{
    [Fact]
    public void MergeSmall_FragmentJoinsTheHabitatSharingMostFaces()
    {
        // One slice, rows y = 0..4 (x left to right); 0 is outside the ROI.
        Volume<byte> map = Slice(
            "11122",
            "11322",
            "11322",
            "11122",
            "00004");
        FragmentMergeResult result = HabitatFragments.MergeSmall(map, 3, Connectivity.Face);
        // Habitat 3 (2 voxels) shares 3 faces with 1 and 2 with 2: it becomes 1. Habitat 4 (1 voxel) touches only 2.
        Assert.Equal(1, result.Habitats[2, 1, 0]);
        Assert.Equal(1, result.Habitats[2, 2, 0]);
        Assert.Equal(2, result.Habitats[4, 4, 0]);
        Assert.Equal(2, result.FragmentsMerged);
        Assert.Equal(3, result.VoxelsRelabelled);
        Assert.Equal(0, result.FragmentsIsolated);
    }

    [Fact]
    public void MergeSmall_TieGoesToTheLowerHabitat_AndIslandsStay()
    {
        Volume<byte> map = Slice(
            "113220",
            "113220",
            "000004");
        FragmentMergeResult result = HabitatFragments.MergeSmall(map, 3, Connectivity.Face);
        Assert.Equal(1, result.Habitats[2, 0, 0]); // 3 shares 2 faces with 1 and 2 with 2
        Assert.Equal(4, result.Habitats[5, 2, 0]); // 4 touches no habitat by a face
        Assert.Equal(1, result.FragmentsIsolated);
    }

    [Fact]
    public void MergeSmall_ZeroMinimum_ChangesNothing()
    {
        Volume<byte> map = Slice("1213", "2121");
        FragmentMergeResult result = HabitatFragments.MergeSmall(map, 0);
        Assert.Equal(map.Voxels.ToArray(), result.Habitats.Voxels.ToArray());
        Assert.Equal(0, result.FragmentsMerged);
    }

    [Fact]
    public void HabitatMap_RoundTripsTheLabels()
    {
        Volume<byte> roi = Slice("0110", "1111", "0100");
        int[] labels = [0, 1, 2, 0, 1, 1, 2];
        Volume<byte> map = HabitatMap.ToVolume(roi, labels);
        Assert.Equal(3, map[1, 0, 0] + map[2, 0, 0]);
        Assert.Equal(labels, HabitatMap.ToLabels(map));
        Assert.Throws<ArgumentException>(() => HabitatMap.ToVolume(roi, [0, 1]));
    }

    internal static Volume<byte> Slice(params string[] rows)
    {
        var map = new Volume<byte>(new ImageGeometry(new Size3(rows[0].Length, rows.Length, 1), Vector3D.One, Vector3D.Zero, Direction3.Identity));
        for (int y = 0; y < rows.Length; y++)
        {
            for (int x = 0; x < rows[y].Length; x++)
            {
                map[x, y, 0] = (byte)(rows[y][x] - '0');
            }
        }

        return map;
    }
}
