using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Extraction.Voxel;
using Radiomics.Features;
using Radiomics.Features.Texture.Glcm;
using Radiomics.Imaging;
using Radiomics.IO;
using Radiomics.Preprocessing;
using Radiomics.Tests.Support;

namespace Radiomics.Tests.Extraction.Voxel;

/// <summary>
/// The definition of a voxel map: the value at a ROI voxel equals a segment-based extraction (the feature families'
/// own <see cref="IFeatureFamily.Compute"/>) over that voxel's kernel neighbourhood, i.e. the image cropped to the
/// kernel's box (the cube of half-width kernelRadius clipped to the map grid) with the kernel as mask (ROI voxels of the
/// box with maskedKernel, all of them without). As in PyRadiomics' voxel mode the grey levels come from one
/// discretisation of the whole ROI (of the whole map grid without maskedKernel), so the segment reference is fed those
/// levels (bin width 1 from 0.5: levels kept as they are) and uses the whole ROI's N_g in Idmn and Idn; a kernel of one
/// grey level has MCC 0 (PyRadiomics' matrix keeps the ROI's other levels as empty rows). Checked on the IBSI CT
/// phantom for random ROI voxels and ROI border voxels, every feature of every class, with and without maskedKernel,
/// with force2D (kernel and directions in the voxel's axial slice), and with a fixed bin count, distances 1 and 2, a
/// Euclidean weighting norm and gldm_a 1.
/// </summary>
public sealed class VoxelDefinitionTests
{
    private static readonly string[] Classes = ["firstorder", "glcm", "glrlm", "glszm", "gldm", "ngtdm"];

    [Theory]
    [InlineData(1, true, false, false)]
    [InlineData(1, false, false, false)]
    [InlineData(2, true, false, false)]
    [InlineData(2, false, true, false)]
    [InlineData(2, true, false, true)]
    public void KernelValues_EqualSegmentExtractionOverTheKernel(int radius, bool masked, bool force2D, bool variant)
    {
        ImageData image = ImageReader.Read(TestData.IbsiCtPhantomImage);
        ImageData mask = ImageReader.Read(TestData.IbsiCtPhantomMask);
        RadiomicsSettings settings = PipelineParameters.Load(TestData.Require("pyradiomics-parity/ct-phantom-original.params.yaml")).Settings;
        settings = settings with
        {
            Voxel = settings.Voxel with { KernelRadius = radius, MaskedKernel = masked },
            Features = settings.Features with { Force2D = force2D },
        };
        if (variant)
        {
            // Other texture settings: fixed bin count, two distances, weighted directions, a GLDM coarseness α.
            settings = settings with { Discretisation = settings.Discretisation with { BinCount = 32 }, Features = settings.Features with { Distances = [1, 2], WeightingNorm = WeightingNorm.Euclidean, GldmA = 1 } };
        }


        // The map grid, built independently of the extractor: the ROI's box padded by the radius.
        Volume<double> full = image.ToDoubleVolume();
        Volume<byte> fullRoi = mask.ToBinaryMask(1);
        BoundingBox region = BoundingBox.Of(fullRoi)!.Value.Pad(radius, full.Size);
        Volume<double> grid = full.Crop(region.Lower, region.Size);
        Volume<byte> roi = fullRoi.Crop(region.Lower, region.Size);
        var ones = new Volume<byte>(grid.Geometry);
        ones.Voxels.Fill(1);
        Volume<byte> member = masked ? roi : ones;
        DiscretisedImage levels = Discretisation.Discretise(grid, member, settings);

        var voxelImage = new VoxelImage(grid, roi, settings);
        var scratch = new KernelScratch(voxelImage);
        var families = Classes.Select(c => FeatureRegistry.Find(c)!).ToArray();
        var record = new GlcmDirectionRecord(voxelImage.RoiPositions.Length, variant ? 1 : force2D ? 4 : 13, voxelImage.GreyLevelCount);
        IVoxelKernel[] kernels =
        [
            new FirstOrderKernel(voxelImage, families[0].Features),
            new GlcmKernel(voxelImage, families[1].Features, record),
            new GlrlmKernel(voxelImage, families[2].Features),
            new GlszmKernel(voxelImage, families[3].Features),
            new GldmKernel(voxelImage, families[4].Features),
            new NgtdmKernel(voxelImage, families[5].Features),
        ];

        var failures = new List<string>();
        foreach (int ordinal in ChosenVoxels(voxelImage, roi))
        {
            int position = voxelImage.RoiPositions[ordinal];
            scratch.Load(position);
            Index3 centre = grid.Size.IndexOf(position);
            int rz = force2D ? 0 : radius; // force2D (axial slices): the kernel stays in the voxel's slice
            var lower = new Index3(Math.Max(0, centre.X - radius), Math.Max(0, centre.Y - radius), Math.Max(0, centre.Z - rz));
            var upper = new Index3(Math.Min(grid.Size.X - 1, centre.X + radius), Math.Min(grid.Size.Y - 1, centre.Y + radius),
                Math.Min(grid.Size.Z - 1, centre.Z + rz));
            var box = new BoundingBox(lower, upper);
            Volume<double> kernelImage = grid.Crop(box.Lower, box.Size);
            Volume<byte> kernelMask = member.Crop(box.Lower, box.Size);
            Volume<double> kernelLevels = levels.Levels.Crop(box.Lower, box.Size).Map(l => (double)l);
            var intensityInput = new FeatureInput(kernelImage, kernelMask, settings);
            var levelInput = new FeatureInput(kernelLevels, kernelMask, settings with
            {
                Discretisation = settings.Discretisation with { BinWidth = 1, BinCount = null, BinningOrigin = BinningOrigin.Ibsi },
                Resegmentation = settings.Resegmentation with { Range = [0.5], Mode = ResegmentMode.Absolute },
            });

            for (int c = 0; c < families.Length; c++)
            {
                IFeatureFamily family = families[c];
                var actual = new double[family.Features.Count];
                kernels[c].Compute(scratch, ordinal, actual);
                double[] expected = Reference(family, intensityInput, levelInput, levels.MaxLevel, scratch.LocalCount);
                for (int f = 0; f < actual.Length; f++)
                {
                    if (!ParityReference.Close(expected[f], actual[f], 1e-9, 1e-9))
                    {
                        failures.Add($"voxel {centre} {family.Name}_{family.Features[f].Name}: segment {expected[f]:R}, map {actual[f]:R}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} differences:\n" + string.Join("\n", failures.Take(40)));
    }

    /// <summary>The segment-based values of every feature of <paramref name="family"/> on one kernel.</summary>
    private static double[] Reference(IFeatureFamily family, FeatureInput intensities, FeatureInput levels, int ng, int kernelLevels)
    {
        if (family.Name == "firstorder")
        {
            double[] values = family.Compute(intensities, family.Features);
            double[] discretised = family.Compute(levels, family.Features);
            for (int f = 0; f < values.Length; f++)
            {
                if (family.Features[f].Name is "Entropy" or "Uniformity")
                {
                    values[f] = discretised[f];
                }
            }

            return values;
        }

        double[] result = family.Compute(levels, family.Features);
        if (family.Name == "glcm")
        {
            var matrices = GlcmFamily.Matrices(levels, out _).Where(m => !m.IsEmpty).ToArray();
            for (int f = 0; f < result.Length; f++)
            {
                switch (family.Features[f].Name)
                {
                    case "Idmn":
                        result[f] = matrices.Average(m => m.DifferenceDistribution.ToArray().Select((p, k) => p / (1 + (double)k * k / ((double)ng * ng))).Sum());
                        break;
                    case "Idn":
                        result[f] = matrices.Average(m => m.DifferenceDistribution.ToArray().Select((p, k) => p / (1 + k / (double)ng)).Sum());
                        break;
                    case "MCC" when kernelLevels == 1:
                        result[f] = 0;
                        break;
                }
            }
        }

        return result;
    }

    /// <summary>30 random ROI voxels and 20 ROI voxels on the ROI's border (a face neighbour outside the ROI or the grid).</summary>
    private static IEnumerable<int> ChosenVoxels(VoxelImage image, Volume<byte> roi)
    {
        var random = new Random(20261126);
        int[] positions = image.RoiPositions;
        var chosen = new SortedSet<int>();
        while (chosen.Count < 30)
        {
            chosen.Add(random.Next(positions.Length));
        }

        var border = new List<int>();
        Size3 size = roi.Size;
        for (int v = 0; v < positions.Length; v++)
        {
            Index3 p = size.IndexOf(positions[v]);
            bool onBorder = false;
            foreach (var (dx, dy, dz) in new[] { (1, 0, 0), (-1, 0, 0), (0, 1, 0), (0, -1, 0), (0, 0, 1), (0, 0, -1) })
            {
                var q = new Index3(p.X + dx, p.Y + dy, p.Z + dz);
                onBorder |= !size.Contains(q) || roi[q] == 0;
            }

            if (onBorder)
            {
                border.Add(v);
            }
        }

        Assert.NotEmpty(border);
        for (int k = 0; k < 20; k++)
        {
            chosen.Add(border[random.Next(border.Count)]);
        }

        return chosen;
    }
}
