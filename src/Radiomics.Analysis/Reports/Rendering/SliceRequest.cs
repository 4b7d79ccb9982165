using Radiomics.Imaging;

namespace Radiomics.Analysis.Reports.Rendering;

/// <summary>
/// One slice view to draw: the slice <see cref="Slice"/> along the layout's normal, the index ranges shown along its
/// columns and rows (inclusive), the region to outline, the voxels to tint (re-segmentation's removals) and the window.
/// </summary>
internal sealed record SliceRequest(
    ImageData Image,
    PlaneLayout Layout,
    int Slice,
    (int First, int Last) Columns,
    (int First, int Last) Rows,
    RegionMask Region,
    RegionMask? Tinted,
    double WindowLow,
    double WindowHigh);
