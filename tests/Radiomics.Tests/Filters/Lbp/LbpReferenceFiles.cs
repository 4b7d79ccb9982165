using System.Runtime.CompilerServices;

namespace Radiomics.Tests.Filters.Lbp;

/// <summary>The little-endian reference files of Reference/ (written by generate_lbp_references.py).</summary>
internal static class LbpReferenceFiles
{
    public static double[] Doubles(string name) => Read(name, sizeof(double), (bytes, i) => BitConverter.ToDouble(bytes, i));

    /// <summary>A float32 file, each value widened to double.</summary>
    public static double[] Singles(string name) => Read(name, sizeof(float), (bytes, i) => BitConverter.ToSingle(bytes, i));

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    private static double[] Read(string name, int size, Func<byte[], int, double> convert)
    {
        byte[] bytes = Bytes(name);
        var values = new double[bytes.Length / size];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = convert(bytes, i * size);
        }

        return values;
    }

    private static string PathOf(string name, [CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Reference", name);
}
