namespace Radiomics.Dicom.Writing.Seg;

/// <summary>Segment Algorithm Type (0062,0008), PS3.3 C.8.20.2: how a segment was made.</summary>
public enum SegmentAlgorithmType
{
    /// <summary>MANUAL: drawn by a person (the default: most ROIs given to radiomics are).</summary>
    Manual,

    /// <summary>SEMIAUTOMATIC: made by an algorithm a person guided or corrected; needs an algorithm name.</summary>
    Semiautomatic,

    /// <summary>AUTOMATIC: made by an algorithm alone (rings, habitats); needs an algorithm name.</summary>
    Automatic,
}
