using Radiomics.Imaging;

namespace Radiomics.Analysis.Habitats;

/// <summary>A habitat map after small fragments were merged: the new map and what changed.</summary>
/// <param name="Habitats">The label map (0 outside the ROI, habitats 1..K).</param>
/// <param name="FragmentsMerged">Fragments relabelled to a neighbouring habitat.</param>
/// <param name="VoxelsRelabelled">Voxels whose habitat changed.</param>
/// <param name="FragmentsIsolated">Small fragments kept because no other habitat touches them by a face.</param>
public sealed record FragmentMergeResult(Volume<byte> Habitats, int FragmentsMerged, int VoxelsRelabelled, int FragmentsIsolated);
