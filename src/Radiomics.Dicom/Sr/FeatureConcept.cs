using Radiomics.Dicom.Coding;

namespace Radiomics.Dicom.Sr;

/// <summary>
/// How one feature output is written into an SR: its concept name (an IBSI code, or a code of Radiomics.NET's private
/// scheme), its unit dimension, and where the name came from: the image type it was computed on ("original",
/// "wavelet-LLH", …; "original" for IBSI-profile tags), its family and its feature name.
/// </summary>
public sealed record FeatureConcept(string OutputName, string ImageType, string Family, string Feature, CodedConcept Concept, UnitKind Unit);
