using System.Numerics;
using Radiomics.Features.Texture.Glrlm;

namespace Radiomics.Tests.Features.Texture;

/// <summary>
/// The lane packing behind the GLRLM run counter: the selected lanes come out in lane order and their number is
/// returned, on the vector path this machine takes and on the portable lane-by-lane path alike.
/// </summary>
public class LanePackingTests
{
    [Fact]
    public void Append_EveryMask_PacksTheSelectedLanesInOrder()
    {
        int width = Vector<int>.Count;
        var values = new int[width];
        for (int lane = 0; lane < width; lane++)
        {
            values[lane] = 100 + lane;
        }

        var random = new Random(7);
        int maskCount = width <= 8 ? 1 << width : 512;
        for (int m = 0; m < maskCount; m++)
        {
            long bits = width <= 8 ? m : random.NextInt64();
            var mask = new int[width];
            var expected = new List<int>();
            for (int lane = 0; lane < width; lane++)
            {
                if ((bits >> lane & 1) != 0)
                {
                    mask[lane] = -1;
                    expected.Add(values[lane]);
                }
            }

            var fast = new int[width];
            var portable = new int[width];
            var scratch = new int[width];
            int fastCount = LanePacking.Append(new Vector<int>(values), new Vector<int>(mask), ref fast[0], ref scratch[0]);
            int portableCount = LanePacking.AppendPortable(new Vector<int>(values), new Vector<int>(mask), ref portable[0], ref scratch[0]);

            Assert.Equal(expected, fast.Take(fastCount));
            Assert.Equal(expected, portable.Take(portableCount));
        }
    }
}
