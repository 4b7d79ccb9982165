using System.IO.Compression;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Radiomics.Imaging;
using Radiomics.IO;

namespace Radiomics.Benchmarks.IO;

/// <summary>
/// Reading a 512×512×300 int16 .nii.gz (a typical CT) against the floor: plain GZipStream decompression of
/// the same file into a preallocated buffer. The brief's budget is ImageReader.Read ≤ 1.3 × the floor.
/// </summary>
[MemoryDiagnoser]
public class NiftiReadBenchmarks
{
    private string _folder = "";
    private string _path = "";
    private byte[] _buffer = [];

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "radiomics-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _path = Path.Combine(_folder, "ct.nii.gz");
        var size = new Size3(512, 512, 300);
        var voxels = new short[size.VoxelCount];
        // CT-like content: smooth body, air outside, mild noise, so the compression ratio is realistic (~2-3:1).
        var random = new Random(1);
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    double r = Math.Sqrt(((x - 256) * (x - 256)) + ((y - 256) * (y - 256)));
                    int value = r < 200 ? 40 + (int)(20 * Math.Sin(x * 0.05) * Math.Cos(y * 0.07)) + random.Next(-15, 16) : -1000;
                    voxels[size.Offset(x, y, z)] = (short)value;
                }
            }
        }

        var geometry = new ImageGeometry(size, new Vector3D(0.7, 0.7, 1.25), new Vector3D(-180, -180, -200), Direction3.Identity);
        ImageWriter.Write(new ImageData(geometry, VoxelType.Int16, voxels), _path);
        _buffer = new byte[352 + (voxels.Length * 2)];
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public int PlainGZipStreamIntoBuffer()
    {
        using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        gzip.ReadExactly(_buffer);
        return _buffer[^1];
    }

    [Benchmark]
    public int ImageReaderRead()
    {
        ImageData image = ImageReader.Read(_path);
        return MemoryMarshal.AsBytes(((short[])image.Voxels).AsSpan())[^1];
    }
}
