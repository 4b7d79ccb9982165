using Radiomics.Dicom.Writing.Seg;

namespace Radiomics.Dicom.Sr;

/// <summary>What <see cref="DicomReportExporter"/> wrote: the SR, and the SEG beside it when mask ROIs needed one.</summary>
public sealed record DicomReportExport(SrWriteResult Report, SegWriteResult? Segmentation);
