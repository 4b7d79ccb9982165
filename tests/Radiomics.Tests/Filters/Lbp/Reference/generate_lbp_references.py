"""Generates the LBP references used by LbpImagesTests (checked with scikit-image 0.19.3, scipy 1.10.1, numpy 1.24).

A 11x9x6 (x, y, z) integer-valued volume with a flat patch (so that samples tie the centre value), then:
* skimage-lbp2d-output.f64: PyRadiomics' getLBP2DImage steps (swapaxes(0, force2Ddimension), local_binary_pattern
  per slice) for the (P, R, method, force2Ddimension) cases listed below;
* pyradiomics-lbp3d-output.f64: PyRadiomics' getLBP3DImage steps (map_coordinates order 3, kurtosis, sph_harm as
  PyRadiomics calls it, complex L2 norm) with the mask lbp-mask.u8, for (levels, radius, subdivision) = (2, 1, 1) and
  (3, 1.5, 2); trimesh is not available here, so its icosphere is restated (trimesh's baked icosahedron, edge-midpoint
  subdivision, projection v += v/|v|·(r − |v|)). Values outside the mask are written as 0.
All files are little-endian (float64 / uint8), numpy C order (z, y, x), i.e. x fastest.
"""
import numpy as np
from skimage.feature import local_binary_pattern
from scipy.stats import kurtosis
from scipy.ndimage import map_coordinates
from scipy.special import sph_harm
rng = np.random.default_rng(3)
im = np.round(rng.normal(size=(6, 9, 11)) * 50)  # z, y, x ; integer-valued doubles (ties matter)
im[2, 3:6, 4:8] = 7.0  # a flat patch
im.astype('<f8').tofile('lbp-input.f64')
outs = []
cases = [(8, 1.0, 'uniform', 0), (8, 1.0, 'uniform', 1), (8, 1.0, 'uniform', 2), (9, 1.0, 'uniform', 0), (12, 1.5, 'default', 0), (8, 2.0, 'ror', 1), (8, 1.0, 'nri_uniform', 2), (8, 1.0, 'var', 0), (16, 2.5, 'uniform', 0)]
for P, R, method, axis in cases:
    a = im.copy().swapaxes(0, axis)
    for idx in range(a.shape[0]):
        a[idx, ...] = local_binary_pattern(a[idx, ...], P=P, R=R, method=method)
    outs.append(a.swapaxes(0, axis).ravel())
np.concatenate(outs).astype('<f8').tofile('skimage-lbp2d-output.f64')

# LBP3D per PyRadiomics with a numpy re-statement of trimesh's icosphere
A, B = 0.5257311121191336, 0.85065080835204
V = [[-A,B,0],[A,B,0],[-A,-B,0],[A,-B,0],[0,-A,B],[0,A,B],[0,-A,-B],[0,A,-B],[B,0,-A],[B,0,A],[-B,0,-A],[-B,0,A]]
F = [[0,11,5],[0,5,1],[0,1,7],[0,7,10],[0,10,11],[1,5,9],[5,11,4],[11,10,2],[10,7,6],[7,1,8],[3,9,4],[3,4,2],[3,2,6],[3,6,8],[3,8,9],[4,9,5],[2,4,11],[6,2,10],[8,6,7],[9,8,1]]
def icosphere(sub, radius):
    v = [np.array(x, float) for x in V]; f = F
    def proj():
        arr = np.array(v); s = np.sqrt(np.dot(arr**2, [1,1,1])); u = arr / s.reshape((-1,1)); arr = arr + u*(radius-s).reshape((-1,1))
        return [a for a in arr]
    for _ in range(sub):
        mid = {}; nf = []
        def m(a, b):
            k = (min(a,b), max(a,b))
            if k not in mid: mid[k] = len(v); v.append((v[a]+v[b])/2)
            return mid[k]
        for a,b,c in f:
            ab, bc, ca = m(a,b), m(b,c), m(c,a); nf += [[a,ab,ca],[b,bc,ab],[c,ca,bc],[ab,bc,ca]]
        f = nf; v = proj()
    if sub == 0: v = proj()
    return np.array(v)
ma = np.zeros(im.shape, dtype=int); ma[1:5, 2:7, 3:9] = 1; ma[0, 0, 0] = 1  # one voxel at the border too
ma.astype('u1').tofile('lbp-mask.u8')
def pyradiomics_lbp3d(image, levels, radius, sub):
    """PyRadiomics' getLBP3DImage steps on `image` (its dtype kept, as PyRadiomics): the m1..m<levels> and k maps."""
    coords_ico = icosphere(sub, radius)
    theta = np.arccos(np.true_divide(coords_ico[:, 2], radius)); phi = np.arctan2(coords_ico[:, 1], coords_ico[:, 0])
    Y = sph_harm(0, 0, theta, phi); n_ix = np.array(0)
    for n in range(1, levels):
        for m in range(-n, n+1):
            n_ix = np.append(n_ix, n); Y = np.column_stack((Y, sph_harm(m, n, theta, phi)))
    ROI = np.where(ma == 1)
    coords = np.array(ROI).T[None, :, :] + coords_ico[:, None, :]
    f = map_coordinates(image, coords.T, order=3)
    assert f.dtype == image.dtype
    k = kurtosis(f, axis=1)
    fc = image[ROI]
    f = np.greater_equal(f, fc[:, None]).astype(int)
    c = np.multiply(f[:, :, None], Y[None, :, :]).sum(axis=1)
    f = np.multiply(c[:, None, n_ix == 0], Y[None, :, n_ix == 0])
    for n in range(1, levels):
        f = np.concatenate((f, np.sum(np.multiply(c[:, None, n_ix == n], Y[None, :, n_ix == n]), axis=2, keepdims=True)), axis=2)
    f = np.real(np.sqrt(np.sum(f ** 2, axis=1))); k = np.real(k)
    maps = []
    for l in range(levels):
        r = np.zeros(image.shape); r[ROI] = f[:, l]; maps.append(r.ravel())
    r = np.zeros(image.shape); r[ROI] = k; maps.append(r.ravel())
    return maps
res = []
for levels, radius, sub in [(2, 1.0, 1), (3, 1.5, 2)]:
    res += pyradiomics_lbp3d(im, levels, radius, sub)
np.concatenate(res).astype('<f8').tofile('pyradiomics-lbp3d-output.f64')
print("ok", len(np.concatenate(res)))

# Float32 CT-like image, native grid, as PyRadiomics sees a float32 NIfTI without resampling: integer HU values with
# flat regions, map_coordinates returning float32 samples (the input's dtype), kurtosis computed in float32.
# Written: lbp-input-float32.f32 (float32) and pyradiomics-lbp3d-float32-output.f64 (levels 2, radius 1,
# subdivision 1: m1, m2, k as float64), mask lbp-mask.u8 as above.
im32 = np.full((6, 9, 11), 40.0)            # soft tissue at 40 HU
im32[:, :, :3] = -1000.0                    # air on one side
im32[:, 5:, 6:] = np.round(rng.normal(size=(6, 4, 5)) * 30 + 60)  # a textured corner
im32[3:, :4, 4:8] = 300.0                   # a bone block
im32 = im32.astype(np.float32)
im32.astype('<f4').tofile('lbp-input-float32.f32')
res = pyradiomics_lbp3d(im32, 2, 1.0, 1)
np.concatenate(res).astype('<f8').tofile('pyradiomics-lbp3d-float32-output.f64')
print("ok float32", len(np.concatenate(res)))
