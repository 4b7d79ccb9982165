"""Generates the PyRadiomics wavelet reference used by WaveletImagesTests.

Run with PyWavelets installed (checked with pywt 1.1.1): it writes a 7x6x5 (x, y, z) random volume and the outputs of
PyRadiomics 3.1's `imageoperations._swt3` procedure (wrap-padding of odd axes, one `pywt.swtn(level=1)` per level on
the previous approximation, cropping back), as little-endian float64, in the yield order of `getWaveletImage`
(detail sub-bands of each level in swtn key order, then the approximation), for the cases listed in CASES.
The procedure below restates PyRadiomics' steps so that the reference needs only pywt and numpy.
"""
import numpy as np
import pywt

CASES = [  # wavelet, level, start_level, numpy axes (force2Ddimension removes one)
    ("coif1", 1, 0, (2, 1, 0)), ("haar", 2, 1, (2, 1, 0)), ("db3", 1, 0, (2, 1, 0)), ("bior3.5", 1, 0, (2, 1, 0)),
    ("rbio2.8", 1, 0, (2, 1, 0)), ("dmey", 1, 0, (2, 1, 0)), ("sym4", 2, 0, (2, 1)), ("coif2", 1, 0, (2, 0)),
]


def swt3(matrix, wavelet, level, start_level, axes):
    crop = tuple(slice(None, -1 if dim % 2 != 0 else None) for dim in matrix.shape)
    data = np.pad(matrix, tuple((0, dim % 2) for dim in matrix.shape), "wrap")
    for _ in range(start_level):
        data = pywt.swtn(data, wavelet, level=1, start_level=0, axes=axes)[0]["a" * len(axes)]
    levels = []
    for _ in range(level):
        bands = pywt.swtn(data, wavelet, level=1, start_level=0, axes=axes)[0]
        data = bands["a" * len(axes)]
        levels.append([band[crop] for key, band in bands.items() if key != "a" * len(axes)])
    return data[crop], levels


volume = np.random.default_rng(1).normal(size=(5, 6, 7))  # numpy order z, y, x
volume.astype("<f8").tofile("pyradiomics-swt3-input.f64")
outputs = []
for wavelet, level, start, axes in CASES:
    approximation, levels = swt3(volume, wavelet, level, start, axes)
    outputs += [band.ravel() for bands in levels for band in bands] + [approximation.ravel()]
np.concatenate(outputs).astype("<f8").tofile("pyradiomics-swt3-output.f64")
