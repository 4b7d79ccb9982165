using Radiomics.Analysis.Habitats;
using Radiomics.Configuration;

namespace Radiomics.Cli.Commands.Regions;

/// <summary>Everything a <c>radiomics habitats</c> run uses, checked before any case is read.</summary>
internal sealed record HabitatRunSettings
{
    public required string CaseListPath { get; init; }

    /// <summary>The parameter file (voxel maps, label, and the features of <c>--extract</c>).</summary>
    public required ExtractionParameters Parameters { get; init; }

    /// <summary>The case-list columns whose images' intensities are the features; null: the parameter file's voxel maps.</summary>
    public IReadOnlyList<string>? ImageColumns { get; init; }

    /// <summary>The clustering: algorithm, k or its range and criterion, seed (per case, or the population step).</summary>
    public required HabitatClusteringOptions Clustering { get; init; }

    /// <summary>Two-step habitats shared by the cohort (<see cref="TwoStepHabitats"/>) instead of per-case habitats.</summary>
    public bool Population { get; init; }

    /// <summary>Supervoxels per case in the two-step scheme.</summary>
    public int Supervoxels { get; init; } = 50;

    /// <summary>Fragments smaller than this many voxels join a neighbouring habitat (<see cref="HabitatFragments.MergeSmall"/>); null: none merged.</summary>
    public int? MinimumFragment { get; init; }

    public required string OutputFolder { get; init; }

    /// <summary>The label maps' file extension: <c>.nii.gz</c> or <c>.nrrd</c>.</summary>
    public string MapExtension { get; init; } = ".nii.gz";

    /// <summary>Also write a DICOM SEG of each DICOM case's habitats.</summary>
    public bool Seg { get; init; }

    /// <summary>Also extract every habitat's radiomics features as its own region.</summary>
    public bool Extract { get; init; }

    /// <summary>Cases in parallel.</summary>
    public int Jobs { get; init; } = 1;

    /// <summary>The two-step options these settings give.</summary>
    public TwoStepHabitatOptions TwoStep => new()
    {
        SupervoxelsPerPatient = Supervoxels,
        Population = Clustering,
        Seed = Clustering.Seed,
    };
}
