using Radiomics.Configuration;
using Radiomics.Extraction;
using Radiomics.Imaging;

namespace Radiomics.Cli.Commands;

/// <summary><c>radiomics extract IMAGE MASK</c>: one case, PyRadiomics-compatible output.</summary>
public sealed class ExtractCommand : ICommand
{
    private static readonly string[] ValueOptions = ["--params", "--label", "--roi", "--setting", "--out", "--format", "--export-matrices",
        "--mode", "--out-dir", "--features", IntermediateImageOptions.Folder, IntermediateImageOptions.Format, InputLimitOptions.MaxVoxels];
    private static readonly string[] Flags = [InputLimitOptions.AllowOutsidePaths];

    public string Name => "extract";

    public string Summary => "extract features of one image and mask";

    public string Usage => """
        usage: radiomics extract IMAGE MASK [--params FILE] [--label N] [--roi NAME] [--setting KEY:VALUE]...
                                 [--out FILE] [--format table|json|csv] [--save-intermediate DIR]
               radiomics extract IMAGE MASK --mode voxel --out-dir DIR [--params FILE] [--features LIST]
                                 [--format nrrd|nifti] [--label N] [--roi NAME] [--setting KEY:VALUE]...

          IMAGE              NIfTI (.nii, .nii.gz), NRRD (.nrrd, .nhdr) or MetaImage (.mha, .mhd) file,
                             or a DICOM series (a folder, searched recursively, or one file)
          MASK               an image file as above, or a DICOM RTSTRUCT or SEG file rasterised on IMAGE's grid
          --params FILE      a PyRadiomics parameter file (.yaml or .json), used unchanged
          --label N          the mask label of the ROI (overrides the file's 'label'; default 1);
                             for an RTSTRUCT the ROI number, for a SEG the segment number
          --roi NAME         the RTSTRUCT ROI (or SEG segment) by name: exact, ignoring case, regex:PATTERN,
                             a glob (GTV*) or #N; without --roi/--label a SEG gives its label map
          --setting KEY:VALUE  override one setting, e.g. --setting binWidth:10 (repeatable)
          --out FILE         write the result to FILE (atomically) instead of the console
          --format F         table (default on the console), json (one flat object) or csv (PyRadiomics' CSV);
                             inferred from --out's extension when not given
          --export-matrices DIR  also write every texture matrix (glcm, glrlm, glszm, gldm, ngtdm) per image type
                             as DIR/<image type>/<class>_matrices.csv and .json, for inspection
          --mode M           segment (default: one value per feature) or voxel (a feature map per feature, computed
                             over the kernel around every ROI voxel; the parameter file's voxelSetting section applies)
          --out-dir DIR      voxel mode: write DIR/<map name>.nrrd (or .nii.gz) per map, e.g. original_glcm_Contrast.nrrd,
                             and DIR/voxel-maps.json (settings, version, input hashes); all appear only once complete
          --features LIST    voxel mode: only these maps, comma-separated classes (glcm), CLASS_Feature
                             (firstorder_Mean) or map names (wavelet-LLH_glcm_Contrast)
          --format F         voxel mode: nrrd (default) or nifti
        """ + "\n" + IntermediateImageOptions.Usage + InputLimitOptions.Usage;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        Arguments arguments = Arguments.Parse(args, ValueOptions, Flags);
        if (arguments.Positional.Count != 2)
        {
            throw new UsageException("extract needs IMAGE and MASK (see radiomics extract --help)");
        }

        string imagePath = arguments.Positional[0], maskPath = arguments.Positional[1];
        string? outPath = arguments.Value("--out");
        bool voxelMode = VoxelModeRequested(arguments);
        string format = voxelMode ? arguments.Value("--format") ?? "nrrd" : OutputOptions.ResolveFormat(arguments.Value("--format"), outPath);
        ExtractionParameters parameters = LoadParameters(arguments);

        LoadedCase loaded = InputLoader.LoadCase(imagePath, maskPath, arguments.Value("--roi"), arguments.IntValue("--label"), null, parameters.Settings.Limits);
        foreach (string note in loaded.Notes)
        {
            error.WriteLine($"radiomics: warning: {Radiomics.IO.SafeText.Escape(note, 2000)}");
        }

        if (loaded.SelectedLabel is { } selected)
        {
            parameters = parameters.WithSettingOverrides([new("label", ParameterValue.FromText(selected.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        }

        if (voxelMode)
        {
            string[]? features = arguments.Value("--features")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return VoxelMapOutput.Run(parameters, loaded, imagePath, maskPath, arguments.Value("--out-dir")!, format, features, error);
        }

        var extractor = new RadiomicsExtractor(parameters);
        string? matrixFolder = arguments.Value("--export-matrices");
        Action<string, Radiomics.Features.FeatureInput>? exportMatrices = matrixFolder is null
            ? null
            : (prefix, input) =>
            {
                string folder = Path.Combine(matrixFolder, prefix);
                Directory.CreateDirectory(folder);
                Radiomics.Features.Texture.TextureMatrixExport.WriteAll(input, parameters.FeatureClasses?.Select(c => c.Family)
                    ?? Radiomics.Features.FeatureRegistry.DefaultFamilies.Select(f => f.Name), folder);
            };
        FeatureResult result = extractor.Extract(loaded.Image, loaded.Mask, InputLoader.Describe(imagePath), InputLoader.Describe(maskPath), exportMatrices,
            IntermediateImageOptions.From(arguments));

        var caseColumns = new List<KeyValuePair<string, string>> { new("Image", imagePath), new("Mask", maskPath) };
        if (arguments.Value("--label") is { } label)
        {
            caseColumns.Add(new("Label", label));
        }

        if (arguments.Value("--roi") is { } roi)
        {
            caseColumns.Add(new("ROI", roi));
        }

        OutputOptions.Write(result, format, outPath, caseColumns, output);
        return 0;
    }

    /// <summary>--mode voxel (checking the options that go with it) or segment.</summary>
    private static bool VoxelModeRequested(Arguments arguments)
    {
        string mode = arguments.Value("--mode") ?? "segment";
        if (mode is not ("segment" or "voxel"))
        {
            throw new UsageException($"--mode must be segment or voxel, not '{mode}'");
        }

        bool voxel = mode == "voxel";
        if (voxel)
        {
            if (arguments.Value("--out-dir") is null)
            {
                throw new UsageException("--mode voxel needs --out-dir DIR (one map file per feature)");
            }

            foreach (string option in new[] { "--out", "--export-matrices" })
            {
                if (arguments.Value(option) is not null)
                {
                    throw new UsageException($"{option} is not available with --mode voxel (maps go to --out-dir)");
                }
            }
        }
        else
        {
            foreach (string option in new[] { "--out-dir", "--features" })
            {
                if (arguments.Value(option) is not null)
                {
                    throw new UsageException($"{option} needs --mode voxel");
                }
            }
        }

        return voxel;
    }

    /// <summary>The parameter file (or defaults) with --label and --setting overrides and the input limits applied.</summary>
    internal static ExtractionParameters LoadParameters(Arguments arguments)
    {
        ExtractionParameters parameters = InputLimitOptions.Apply(
            arguments.Value("--params") is { } paramsPath ? ParameterFile.Load(paramsPath) : ExtractionParameters.Default,
            InputLimitOptions.From(arguments));
        var overrides = new List<KeyValuePair<string, ParameterValue>>();
        foreach (string setting in arguments.Values("--setting"))
        {
            int colon = setting.IndexOf(':');
            if (colon <= 0)
            {
                throw new UsageException($"--setting needs KEY:VALUE, not '{setting}'");
            }

            overrides.Add(new(setting[..colon].Trim(), ParameterValue.FromText(setting[(colon + 1)..])));
        }

        if (arguments.Value("--label") is { } label)
        {
            overrides.Add(new("label", ParameterValue.FromText(label)));
        }

        parameters = overrides.Count == 0 ? parameters : parameters.WithSettingOverrides(overrides);
        ParameterCombinations.Check(parameters); // before any input is read: a combination that cannot run fails at once
        return parameters;
    }
}
