namespace Radiomics.IO;

/// <summary>The image file formats the readers and writers know.</summary>
public enum ImageFileFormat
{
    /// <summary>A name no reader or writer knows.</summary>
    Unknown,

    /// <summary>NIfTI-1/NIfTI-2: .nii, .nii.gz, .hdr/.img.</summary>
    Nifti,

    /// <summary>NRRD: .nrrd (attached header) or .nhdr (detached header).</summary>
    Nrrd,

    /// <summary>MetaImage: .mha (attached) or .mhd (detached).</summary>
    MetaImage,
}
