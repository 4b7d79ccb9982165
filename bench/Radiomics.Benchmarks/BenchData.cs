namespace Radiomics.Benchmarks;

/// <summary>Finds the reference data for benchmarks: $RADIOMICS_TESTDATA, else the repository's tests/data.</summary>
public static class BenchData
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative)
    {
        string path = System.IO.Path.Combine(Root, relative);
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new FileNotFoundException($"Benchmark data '{relative}' not found under '{Root}'. Set RADIOMICS_TESTDATA.");
    }

    public static string CtPhantomImage => Path("ibsi1/ct_phantom/nifti/image/phantom.nii.gz");

    public static string CtPhantomMask => Path("ibsi1/ct_phantom/nifti/mask/mask.nii.gz");

    /// <summary>The IBSI CT phantom as a DICOM series (a folder of 60 slices).</summary>
    public static string CtPhantomDicomSeries => Path("ibsi1/ct_phantom/dicom/image");

    /// <summary>The IBSI CT phantom's RTSTRUCT (one ROI, the GTV).</summary>
    public static string CtPhantomRtStruct => Path("ibsi1/ct_phantom/dicom/mask/DCM_RS_00060.dcm");

    private static string FindRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("RADIOMICS_TESTDATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return System.IO.Path.GetFullPath(fromEnvironment);
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "global.json")))
        {
            directory = directory.Parent;
        }

        directory ??= new DirectoryInfo(Directory.GetCurrentDirectory());
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(directory.FullName, "tests", "data"));
    }
}
