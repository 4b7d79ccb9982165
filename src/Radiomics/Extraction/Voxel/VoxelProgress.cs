namespace Radiomics.Extraction.Voxel;

/// <summary>
/// Progress of a voxel-based extraction: the derived image being mapped (its prefix and 0-based number) and how many of
/// its ROI voxels are done. Reported from worker threads, at most every few hundred voxels.
/// </summary>
public readonly record struct VoxelProgress(string ImageType, int ImageIndex, long Done, long Total);
