using Radiomics.Imaging;

namespace Radiomics.Dicom.Writing;

/// <summary>
/// The instance (and, in a multi-frame source, the frame: 1-based, else null) that one slice of a loaded series came
/// from, with its position.
/// </summary>
internal sealed record SourceSlice(string SopClassUid, string SopInstanceUid, int? FrameNumber, Vector3D Position);
