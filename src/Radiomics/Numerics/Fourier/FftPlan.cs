using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Radiomics.Numerics.Fourier;

/// <summary>
/// A complex discrete Fourier transform of one length, on split real/imaginary spans:
/// forward <c>X[k] = Σ_n x[n] e^{−2πi kn/N}</c>, inverse with <c>e^{+2πi kn/N}</c> and a 1/N factor (NumPy's convention).
/// Powers of two use an iterative radix-2 Cooley–Tukey transform; other lengths use Bluestein's chirp-z
/// algorithm on a power-of-two plan. A plan is immutable and can be shared between threads.
/// </summary>
internal sealed class FftPlan
{
    /// <summary>Columns transformed together by <see cref="TransformRows"/> (64 doubles: a few cache lines per row).</summary>
    private const int ColumnBlock = 64;

    private readonly double[] _cos;
    private readonly double[] _sin;
    private readonly int[] _bitReversed;
    private readonly FftPlan? _bluesteinPlan;
    private readonly double[]? _chirpRe;
    private readonly double[]? _chirpIm;
    private readonly double[]? _chirpSpectrumRe;
    private readonly double[]? _chirpSpectrumIm;

    public FftPlan(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        Length = length;
        if (BitOperations.IsPow2(length))
        {
            _cos = new double[Math.Max(1, length / 2)];
            _sin = new double[_cos.Length];
            for (int k = 0; k < length / 2; k++)
            {
                double angle = 2 * Math.PI * k / length;
                _cos[k] = Math.Cos(angle);
                _sin[k] = Math.Sin(angle);
            }

            _bitReversed = new int[length];
            int bits = BitOperations.Log2((uint)length);
            for (int i = 0; i < length; i++)
            {
                _bitReversed[i] = bits == 0 ? 0 : (int)(ReverseBits((uint)i) >> (32 - bits));
            }

            return;
        }

        // Bluestein: x[n]·w[n] convolved with conj(w) over a power-of-two circle, w[n] = e^{−iπ n²/N}.
        _cos = _sin = [];
        _bitReversed = [];
        int m = (int)BitOperations.RoundUpToPowerOf2((uint)(2 * length - 1));
        _bluesteinPlan = new FftPlan(m);
        _chirpRe = new double[length];
        _chirpIm = new double[length];
        for (int n = 0; n < length; n++)
        {
            // n² mod 2N keeps the angle exact for large n.
            long square = (long)n * n % (2L * length);
            double angle = Math.PI * square / length;
            _chirpRe[n] = Math.Cos(angle);
            _chirpIm[n] = -Math.Sin(angle);
        }

        _chirpSpectrumRe = new double[m];
        _chirpSpectrumIm = new double[m];
        _chirpSpectrumRe[0] = _chirpRe[0];
        _chirpSpectrumIm[0] = -_chirpIm[0];
        for (int n = 1; n < length; n++)
        {
            _chirpSpectrumRe[n] = _chirpSpectrumRe[m - n] = _chirpRe[n];
            _chirpSpectrumIm[n] = _chirpSpectrumIm[m - n] = -_chirpIm[n];
        }

        _bluesteinPlan.Transform(_chirpSpectrumRe, _chirpSpectrumIm, inverse: false);
    }

    public int Length { get; }

    /// <summary>Transforms one contiguous sequence in place (inverse includes the 1/N factor).</summary>
    public void Transform(Span<double> re, Span<double> im, bool inverse)
    {
        if (_bluesteinPlan is not null)
        {
            TransformBluestein(re, im, inverse);
            return;
        }

        int n = Length;
        for (int i = 0; i < n; i++)
        {
            int j = _bitReversed[i];
            if (j > i)
            {
                (re[i], re[j]) = (re[j], re[i]);
                (im[i], im[j]) = (im[j], im[i]);
            }
        }

        double sign = inverse ? 1 : -1;
        for (int size = 2; size <= n; size <<= 1)
        {
            int half = size >> 1;
            int step = n / size;
            for (int start = 0; start < n; start += size)
            {
                for (int j = 0; j < half; j++)
                {
                    double wr = _cos[j * step];
                    double wi = sign * _sin[j * step];
                    int a = start + j;
                    int b = a + half;
                    double tr = wr * re[b] - wi * im[b];
                    double ti = wr * im[b] + wi * re[b];
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }

        if (inverse)
        {
            Scale(re, im, 1.0 / n);
        }
    }

    /// <summary>
    /// Transforms <paramref name="batch"/> interleaved sequences in place: element t of sequence b is at
    /// <c>t·stride + b</c>. The butterflies run over whole contiguous rows, so this is the fast way to transform
    /// along a slow axis. Power-of-two lengths only.
    /// </summary>
    public void TransformRows(Span<double> re, Span<double> im, int stride, int batch, bool inverse)
    {
        if (_bluesteinPlan is not null)
        {
            TransformLines(re, im, stride, 1, batch, inverse);
            return;
        }

        if (batch > ColumnBlock)
        {
            // Blocks of columns keep each pass's working set in cache; columns are independent, so the values are the same.
            for (int first = 0; first < batch; first += ColumnBlock)
            {
                TransformRows(re[first..], im[first..], stride, Math.Min(ColumnBlock, batch - first), inverse);
            }

            return;
        }

        int n = Length;
        for (int i = 0; i < n; i++)
        {
            int j = _bitReversed[i];
            if (j > i)
            {
                Swap(re.Slice(i * stride, batch), re.Slice(j * stride, batch));
                Swap(im.Slice(i * stride, batch), im.Slice(j * stride, batch));
            }
        }

        double sign = inverse ? 1 : -1;
        for (int size = 2; size <= n; size <<= 1)
        {
            int half = size >> 1;
            int step = n / size;
            for (int start = 0; start < n; start += size)
            {
                for (int j = 0; j < half; j++)
                {
                    int a = (start + j) * stride;
                    int b = a + half * stride;
                    Butterfly(re.Slice(a, batch), im.Slice(a, batch), re.Slice(b, batch), im.Slice(b, batch), _cos[j * step], sign * _sin[j * step]);
                }
            }
        }

        if (inverse)
        {
            double scale = 1.0 / n;
            for (int t = 0; t < n; t++)
            {
                Scale(re.Slice(t * stride, batch), im.Slice(t * stride, batch), scale);
            }
        }
    }

    /// <summary>
    /// Transforms <paramref name="count"/> sequences in place: element t of sequence s is at
    /// <c>s·lineStride + t·elementStride</c>. Sequences are gathered a block at a time into an interleaved buffer and
    /// transformed together by <see cref="TransformRows"/> (vectorised across the block), with the same arithmetic per
    /// element as <see cref="Transform"/>, so each result equals the one-sequence transform bit for bit.
    /// </summary>
    public void TransformLines(Span<double> re, Span<double> im, int elementStride, int lineStride, int count, bool inverse)
    {
        const int Block = 16;
        int n = Length;
        int m = _bluesteinPlan?.Length ?? n;
        double[] bufferRe = ArrayPool<double>.Shared.Rent(m * Block);
        double[] bufferIm = ArrayPool<double>.Shared.Rent(m * Block);
        try
        {
            for (int first = 0; first < count; first += Block)
            {
                int lines = Math.Min(Block, count - first);
                Span<double> ar = bufferRe.AsSpan(0, m * lines), ai = bufferIm.AsSpan(0, m * lines);
                Span<double> lineRe = re[(first * lineStride)..], lineIm = im[(first * lineStride)..];
                if (_bluesteinPlan is null)
                {
                    Gather(lineRe, lineIm, ar, ai, elementStride, lineStride, lines);
                    TransformRows(ar, ai, lines, lines, inverse);
                    Scatter(ar, ai, lineRe, lineIm, elementStride, lineStride, lines, 1, 1);
                }
                else
                {
                    BluesteinBlock(lineRe, lineIm, ar, ai, elementStride, lineStride, lines, inverse);
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(bufferRe);
            ArrayPool<double>.Shared.Return(bufferIm);
        }
    }

    /// <summary><see cref="TransformBluestein"/> for a block of sequences, interleaved in <paramref name="ar"/>/<paramref name="ai"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BluesteinBlock(Span<double> re, Span<double> im, Span<double> ar, Span<double> ai, int elementStride, int lineStride, int lines, bool inverse)
    {
        int n = Length;
        FftPlan inner = _bluesteinPlan!;
        Gather(re, im, ar, ai, elementStride, lineStride, lines);
        if (inverse)
        {
            // The inverse is the conjugate of the forward transform of the conjugate (negation is exact).
            for (int l = 0; l < n * lines; l++)
            {
                ai[l] = -ai[l];
            }
        }

        MultiplyRows(ar, ai, lines, _chirpRe!, _chirpIm!);
        ar[(n * lines)..].Clear();
        ai[(n * lines)..].Clear();
        inner.TransformRows(ar, ai, lines, lines, inverse: false);
        MultiplyRows(ar, ai, lines, _chirpSpectrumRe!, _chirpSpectrumIm!);
        inner.TransformRows(ar, ai, lines, lines, inverse: true);
        MultiplyRows(ar, ai, lines, _chirpRe!, _chirpIm!);
        Scatter(ar, ai, re, im, elementStride, lineStride, lines, inverse ? 1.0 / n : 1.0, inverse ? -1 : 1);
    }

    /// <summary>Row k of the interleaved buffers (its <paramref name="lines"/> values) times the complex w[k], for every k of w.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MultiplyRows(Span<double> ar, Span<double> ai, int lines, ReadOnlySpan<double> wr, ReadOnlySpan<double> wi)
    {
        for (int k = 0; k < wr.Length; k++)
        {
            double cr = wr[k], ci = wi[k];
            for (int l = k * lines; l < (k + 1) * lines; l++)
            {
                double xr = ar[l], xi = ai[l];
                ar[l] = xr * cr - xi * ci;
                ai[l] = xr * ci + xi * cr;
            }
        }
    }

    /// <summary>Copies element t of sequence l to index t·lines + l of the interleaved buffers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Gather(ReadOnlySpan<double> re, ReadOnlySpan<double> im, Span<double> ar, Span<double> ai, int elementStride, int lineStride, int lines)
    {
        for (int t = 0; t < Length; t++)
        {
            for (int l = 0; l < lines; l++)
            {
                ar[t * lines + l] = re[l * lineStride + t * elementStride];
                ai[t * lines + l] = im[l * lineStride + t * elementStride];
            }
        }
    }

    /// <summary>The inverse of <see cref="Gather"/>, real parts times <paramref name="scale"/>, imaginary parts times scale·sign.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Scatter(ReadOnlySpan<double> ar, ReadOnlySpan<double> ai, Span<double> re, Span<double> im, int elementStride, int lineStride, int lines,
        double scale, double sign)
    {
        bool exact = scale == 1 && sign == 1;
        for (int t = 0; t < Length; t++)
        {
            for (int l = 0; l < lines; l++)
            {
                double yr = ar[t * lines + l], yi = ai[t * lines + l];
                re[l * lineStride + t * elementStride] = exact ? yr : yr * scale;
                im[l * lineStride + t * elementStride] = exact ? yi : sign * yi * scale;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Butterfly(Span<double> ar, Span<double> ai, Span<double> br, Span<double> bi, double wr, double wi)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && ar.Length >= Vector<double>.Count)
        {
            var vwr = new Vector<double>(wr);
            var vwi = new Vector<double>(wi);
            var var_ = MemoryMarshal.Cast<double, Vector<double>>(ar);
            var vai = MemoryMarshal.Cast<double, Vector<double>>(ai);
            var vbr = MemoryMarshal.Cast<double, Vector<double>>(br);
            var vbi = MemoryMarshal.Cast<double, Vector<double>>(bi);
            for (int v = 0; v < var_.Length; v++)
            {
                Vector<double> tr = vwr * vbr[v] - vwi * vbi[v];
                Vector<double> ti = vwr * vbi[v] + vwi * vbr[v];
                vbr[v] = var_[v] - tr;
                vbi[v] = vai[v] - ti;
                var_[v] += tr;
                vai[v] += ti;
            }

            i = var_.Length * Vector<double>.Count;
        }

        for (; i < ar.Length; i++)
        {
            double tr = wr * br[i] - wi * bi[i];
            double ti = wr * bi[i] + wi * br[i];
            br[i] = ar[i] - tr;
            bi[i] = ai[i] - ti;
            ar[i] += tr;
            ai[i] += ti;
        }
    }

    private static void Swap(Span<double> a, Span<double> b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            (a[i], b[i]) = (b[i], a[i]);
        }
    }

    private static void Scale(Span<double> re, Span<double> im, double factor)
    {
        for (int i = 0; i < re.Length; i++)
        {
            re[i] *= factor;
            im[i] *= factor;
        }
    }

    private void TransformBluestein(Span<double> re, Span<double> im, bool inverse)
    {
        int n = Length;
        int m = _bluesteinPlan!.Length;
        var ar = new double[m];
        var ai = new double[m];

        // The inverse transform is the conjugate of the forward transform of the conjugate.
        double conj = inverse ? -1 : 1;
        for (int k = 0; k < n; k++)
        {
            double xr = re[k], xi = conj * im[k];
            ar[k] = xr * _chirpRe![k] - xi * _chirpIm![k];
            ai[k] = xr * _chirpIm[k] + xi * _chirpRe[k];
        }

        _bluesteinPlan.Transform(ar, ai, inverse: false);
        for (int k = 0; k < m; k++)
        {
            double pr = ar[k] * _chirpSpectrumRe![k] - ai[k] * _chirpSpectrumIm![k];
            double pi = ar[k] * _chirpSpectrumIm[k] + ai[k] * _chirpSpectrumRe[k];
            ar[k] = pr;
            ai[k] = pi;
        }

        _bluesteinPlan.Transform(ar, ai, inverse: true);
        double scale = inverse ? 1.0 / n : 1.0;
        for (int k = 0; k < n; k++)
        {
            double yr = ar[k] * _chirpRe![k] - ai[k] * _chirpIm![k];
            double yi = ar[k] * _chirpIm[k] + ai[k] * _chirpRe[k];
            re[k] = yr * scale;
            im[k] = conj * yi * scale;
        }
    }

    private static uint ReverseBits(uint v)
    {
        v = ((v >> 1) & 0x55555555u) | ((v & 0x55555555u) << 1);
        v = ((v >> 2) & 0x33333333u) | ((v & 0x33333333u) << 2);
        v = ((v >> 4) & 0x0F0F0F0Fu) | ((v & 0x0F0F0F0Fu) << 4);
        v = ((v >> 8) & 0x00FF00FFu) | ((v & 0x00FF00FFu) << 8);
        return (v >> 16) | (v << 16);
    }
}
