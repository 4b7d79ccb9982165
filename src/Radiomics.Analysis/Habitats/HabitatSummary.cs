namespace Radiomics.Analysis.Habitats;

/// <summary>One habitat of a habitat map.</summary>
/// <param name="Habitat">The habitat number (1-based, as in the map).</param>
/// <param name="Voxels">Its voxel count.</param>
/// <param name="VolumeMm3">Voxels × the voxel volume.</param>
/// <param name="VolumeFraction">Voxels / ROI voxels.</param>
/// <param name="Regions">Its connected regions under the metrics' connectivity.</param>
/// <param name="RegionSizes">Their sizes in voxels, largest first.</param>
public sealed record HabitatSummary(int Habitat, int Voxels, double VolumeMm3, double VolumeFraction, int Regions, IReadOnlyList<int> RegionSizes);
