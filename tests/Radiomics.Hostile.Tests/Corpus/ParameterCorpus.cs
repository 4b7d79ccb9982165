using System.Text;

namespace Radiomics.Hostile.Tests.Corpus;

/// <summary>
/// Parameter files that attack the parser (nesting, aliases, size, encodings, devices) and settings whose values
/// imply absurd work (bins, grids, kernels, distances), on the IBSI digital phantom and on the image of
/// <see cref="NiftiCorpus"/>.
/// </summary>
public static class ParameterCorpus
{
    /// <summary>
    /// The voxel limit the parameter cases run with (2^20, as the parameter fuzz test): what a setting asks for either fits the test's time and
    /// memory bounds or is refused by the limit. The cases of <see cref="DefaultLimitToo"/> also run with the default.
    /// </summary>
    public const string TestLimit = "1048576";

    /// <summary>Cases the issue names, which must be refused (or parsed) under the default limit as well.</summary>
    private static readonly HashSet<string> DefaultLimitToo =
    [
        "deep-brackets", "deep-braces", "billion-laughs", "bin-width-1e-300", "bin-width-1e-300-ct", "distances-1e9", "resample-1e9", "resample-1e-3",
        "resample-1e-6-ct", "log-sigma-1e-300", "gabor-sigma-tiny", "gabor-step-tiny", "wavelet-unknown", "shape2d-no-force2d", "too-large",
        "utf16-bom", "invalid-utf8",
    ];

    public static void Build(CorpusBuilder c, string phantomImage, string phantomMask, string ctImage, string ctMask)
    {
        void Params(string name, string text, string extension = ".yaml", string? image = null, string? mask = null) =>
            Bytes(name, Encoding.UTF8.GetBytes(text), extension, image, mask);
        void Bytes(string name, byte[] bytes, string extension = ".yaml", string? image = null, string? mask = null)
        {
            string path = c.Write($"params/{name}{extension}", bytes);
            c.Run("params", name, "extract", image ?? phantomImage, mask ?? phantomMask, "--params", path, "--format", "json", "--max-voxels", TestLimit);
            if (DefaultLimitToo.Contains(name))
            {
                c.Run("params", name + "@default-limit", "extract", image ?? phantomImage, mask ?? phantomMask, "--params", path, "--format", "json");
            }
        }

        Params("deep-brackets", new string('[', 100_000));
        Params("deep-braces", string.Concat(Enumerable.Repeat("{\"a\":", 50_000)));
        Params("deep-braces-json", string.Concat(Enumerable.Repeat("{\"a\":", 50_000)), ".json");
        Params("deep-brackets-json", new string('[', 100_000), ".json");
        Params("deep-block", string.Concat(Enumerable.Range(0, 5000).Select(i => new string(' ', i) + "a:\n")));
        Params("billion-laughs", """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            setting: {binWidth: *i}
            """);
        Params("alias-in-setting", "setting:\n  binWidth: &w 10\n  voxelArrayShift: *w\n");
        Params("alias-unknown", "setting: {binWidth: *nothing}\n");
        Params("alias-as-key", "a: &k binWidth\nsetting: {*k : 5}\n");
        Params("complex-key", "setting:\n  ? [a, b]\n  : 5\n");
        Params("duplicate-key", "setting:\n  binWidth: 5\n  binWidth: 10\n");
        Params("duplicate-key-json", "{\"setting\": {\"binWidth\": 5, \"binWidth\": 10}}", ".json");
        Params("tabs", "setting:\n\tbinWidth: 5\n");
        Params("nul-bytes", "setting:\n  binWidth: 5\0\0\0\n");
        Params("control-characters", "setting:\n  \u001b[2J\u001b[31mbinWidth: 5\n");
        Params("huge-value", "setting:\n  binWidth: " + new string('9', 1_000_000) + "\n");
        Params("huge-key", "setting:\n  " + new string('k', 1_000_000) + ": 1\n");
        Params("huge-list", "setting:\n  distances: [" + string.Join(",", Enumerable.Repeat("1", 300_000)) + "]\n");
        Params("multi-document", "setting: {binWidth: 5}\n---\nsetting: {binWidth: [\n");
        Params("python-tag", "setting: !!python/object/apply:os.system ['echo hi']\n");
        Params("binary-tag", "setting: {binWidth: !!binary aGVsbG8=}\n");
        Params("json-nan", "{\"setting\": {\"binWidth\": NaN}}", ".json");
        Params("json-lone-surrogate", "{\"setting\": {\"wavelet\": \"\\ud800\"}}", ".json");
        Params("json-trailing-garbage", "{\"setting\": {}} trailing", ".json");
        Params("top-level-list", "[1, 2, 3]\n");
        Params("top-level-scalar", "hello\n");
        Params("empty", "");
        Bytes("random-binary", NiftiCorpus.RandomBytes(100_000, 11));
        Bytes("utf16-bom", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("setting:\n  binWidth: 5\n")]);
        Bytes("utf32-bom", [0xFF, 0xFE, 0, 0, .. Encoding.UTF32.GetBytes("setting:\n  binWidth: 5\n")]);
        Bytes("utf16-no-bom", Encoding.Unicode.GetBytes("setting:\n  binWidth: 5\n"));
        Bytes("invalid-utf8", [.. "setting:\n  binWidth: 5\n  label: "u8, 0xC3, 0x28, 0xFF, 0xFE, (byte)'\n']);
        Bytes("too-large", Encoding.ASCII.GetBytes("# " + new string('x', 5 << 20) + "\nsetting: {}\n"));

        // Values that imply absurd work.
        Params("bin-width-1e-300", "setting: {binWidth: 1e-300}\n");
        Params("bin-width-1e-300-ct", "setting: {binWidth: 1e-300}\n", image: ctImage, mask: ctMask);
        Params("bin-width-1e-9-ct", "setting: {binWidth: 1e-9}\nfeatureClass: {glcm: [Contrast]}\n", image: ctImage, mask: ctMask);
        Params("bin-count-million-ct", "setting: {binCount: 1000000}\nfeatureClass: {glcm: [Contrast], glszm: ~, glrlm: ~}\n", image: ctImage, mask: ctMask);
        Params("distances-1e9", "setting: {distances: [1000000000]}\n");
        Params("distances-65536", "setting: {distances: [65536]}\n");
        Params("resample-1e9", "setting: {resampledPixelSpacing: [1e9, 1e9, 1e9]}\n");
        Params("resample-1e-3", "setting: {resampledPixelSpacing: [0.001, 0.001, 0.001]}\n");
        Params("resample-1e-6-ct", "setting: {resampledPixelSpacing: [1e-6, 1e-6, 1e-6]}\n", image: ctImage, mask: ctMask);
        Params("resample-0.02-ct", "setting: {resampledPixelSpacing: [0.02, 0.02, 0.02]}\n", image: ctImage, mask: ctMask);
        Params("resample-1e-3-linear", "setting: {resampledPixelSpacing: [0.001, 0.001, 0.001], interpolator: sitkLinear}\n");
        Params("resample-mixed", "setting: {resampledPixelSpacing: [1e9, 0.001, 1]}\n");
        Params("pad-distance-10000", "setting: {padDistance: 10000, preCrop: true}\nimageType: {LoG: {sigma: [1]}}\n");
        Params("log-sigma-1e-300", "imageType: {LoG: {sigma: [1e-300]}}\n");
        Params("log-sigma-1e-4", "imageType: {LoG: {sigma: [0.0001]}}\n");
        Params("log-sigma-1e9", "imageType: {LoG: {sigma: [1000000000]}}\n");
        Params("log-sigma-duplicate", "imageType: {LoG: {sigma: [1, 1]}}\n");
        Params("ibsi-log-sigma-1e-300", "imageType: {IbsiLoG: {ibsiLoGSigma: [1e-300]}}\n");
        Params("ibsi-log-sigma-1e5", "imageType: {IbsiLoG: {ibsiLoGSigma: [100000]}}\n");
        Params("ibsi-log-cutoff-1000", "imageType: {IbsiLoG: {ibsiLoGSigma: [50], ibsiLoGCutoff: 1000}}\n");
        Params("gabor-sigma-tiny", "imageType: {Gabor: {gaborSigma: 1e-300}}\n");
        Params("gabor-sigma-huge", "imageType: {Gabor: {gaborSigma: 1000000, gaborLambda: 1000000}}\n");
        Params("gabor-gamma-tiny", "imageType: {Gabor: {gaborGamma: 1e-300}}\n");
        Params("gabor-step-tiny", "imageType: {Gabor: {gaborThetaStep: 1e-300}}\n");
        Params("wavelet-unknown", "imageType: {Wavelet: {wavelet: foo}}\n");
        Params("wavelet-level-16", "imageType: {Wavelet: {level: 16, start_level: 15}}\n");
        Params("ibsi-wavelet-level-16", "imageType: {IbsiWavelet: {ibsiWaveletLevel: 16}}\n");
        Params("simoncelli-level-16", "imageType: {Simoncelli: {simoncelliLevel: 16}}\n");
        Params("lbp3d-radius-1000", "imageType: {LBP3D: {lbp3DIcosphereRadius: 1000}}\n");
        Params("lbp3d-subdivision-6", "imageType: {LBP3D: {lbp3DIcosphereSubdivision: 6, lbp3DLevels: 32}}\n");
        Params("lbp2d-radius-1000", "imageType: {LBP2D: {lbp2DRadius: 1000, lbp2DSamples: 64}}\n");
        Params("mean-support-999", "imageType: {IbsiMean: {ibsiMeanSupport: 999}}\n");
        Params("laws-energy-1000", "imageType: {Laws: {lawsEnergyDistance: 1000}}\n");
        Params("shape2d-no-force2d", "featureClass: {shape2D: ~}\n");
        Params("shape2d-3d-roi", "setting: {force2D: true}\nfeatureClass: {shape2D: ~}\n");
        Params("reseg-empty", "setting: {resegmentRange: [10000, 20000]}\n");
        Params("reseg-inverted", "setting: {resegmentRange: [20, 10]}\n");
        Params("ibsi-origin-reseg-filtered", "setting: {binningOrigin: ibsi, resegmentRange: [0.5]}\nimageType: {LBP3D: {}}\nfeatureClass: {glcm: [Contrast]}\n");
        Params("ibsi-profile-everything", "setting: {profile: ibsi, resampledPixelSpacing: [0.001, 0.001, 0.001]}\n");
        Params("label-huge", "setting: {label: 2147483647}\n");
        Params("label-channel-huge", "setting: {label_channel: 1024}\n");
        Params("normalize-scale-huge", "setting: {normalize: true, normalizeScale: 1e308, removeOutliers: 1e-300}\n");
        Params("voxel-array-shift-huge", "setting: {voxelArrayShift: 1e308}\n");
        Params("geometry-tolerance-huge", "setting: {geometryTolerance: 1e308}\n");
        Params("minimum-roi-size-huge", "setting: {minimumROISize: 2147483647}\n");
        c.Run("params", "setting-option-absurd", "extract", phantomImage, phantomMask, "--setting", "binWidth:1e-300", "--format", "json");
        c.Run("params", "setting-option-junk", "extract", phantomImage, phantomMask, "--setting", "\u001b[31m:5", "--format", "json");
        c.Run("params", "setting-option-shape2d", "extract", phantomImage, phantomMask, "--params", c.PathOf("params/shape2d-no-force2d.yaml"), "--setting", "force2D:true", "--format", "json");
        c.Run("params", "voxel-mode-kernel-100", "extract", phantomImage, phantomMask, "--mode", "voxel", "--out-dir", c.PathOf("out/voxel"), "--setting", "kernelRadius:100", "--features", "firstorder_Mean", "--max-voxels", "100000");
        c.Run("params", "voxel-mode-shape2d", "extract", phantomImage, phantomMask, "--mode", "voxel", "--out-dir", c.PathOf("out/voxel2"), "--params", c.PathOf("params/shape2d-no-force2d.yaml"));
    }
}
