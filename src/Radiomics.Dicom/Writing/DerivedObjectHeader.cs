using Radiomics.Dicom.Parsing;

namespace Radiomics.Dicom.Writing;

/// <summary>
/// The attributes every object Radiomics.NET writes shares: SOP Common (class, instance, creation date/time), the
/// series (modality, UID, number, description, date/time), the instance number and content date/time, and General
/// Equipment (manufacturer, model, software version).
/// </summary>
internal static class DerivedObjectHeader
{
    public static void Add(DicomWriteDataset ds, string sopClassUid, string instanceUid, string modality, string seriesUid,
        int seriesNumber, string seriesDescription, int instanceNumber, DateTime time)
    {
        string date = DicomWriteOptions.Date(time), clock = DicomWriteOptions.Time(time);
        ds.Text(DicomTags.SopClassUid, "UI", sopClassUid)
            .Text(DicomTags.SopInstanceUid, "UI", instanceUid)
            .Text(WriterTags.InstanceCreationDate, "DA", date)
            .Text(WriterTags.InstanceCreationTime, "TM", clock)
            .Text(DicomTags.Modality, "CS", modality)
            .Text(DicomTags.SeriesInstanceUid, "UI", seriesUid)
            .Integer(WriterTags.SeriesNumber, seriesNumber)
            .Text(DicomTags.SeriesDescription, "LO", seriesDescription)
            .Text(DicomTags.SeriesDate, "DA", date)
            .Text(DicomTags.SeriesTime, "TM", clock)
            .Integer(DicomTags.InstanceNumber, instanceNumber)
            .Text(WriterTags.ContentDate, "DA", date)
            .Text(WriterTags.ContentTime, "TM", clock)
            .Text(WriterTags.Manufacturer, "LO", SoftwareVersion.ProductName)
            .Text(WriterTags.ManufacturerModelName, "LO", SoftwareVersion.ProductName)
            .Text(WriterTags.SoftwareVersions, "LO", SoftwareVersion.Short);
    }
}
