using System.Globalization;
using Radiomics.Dicom.Parsing;

namespace Radiomics.Dicom.Series;

/// <summary>
/// Standardised uptake value, body weight (SUVbw): activity concentration (Bq/ml) × body weight (g) / injected dose
/// decayed to the series reference time (Bq). Follows the QIBA/Vendor-neutral recipe: Units must be BQML; with
/// DecayCorrection START the dose decays from RadiopharmaceuticalStartTime to SeriesTime (else the earliest
/// AcquisitionTime) with RadionuclideHalfLife; with ADMIN no decay is applied.
/// </summary>
internal static class PetSuvCalculator
{
    /// <summary>The factor that turns Bq/ml into SUVbw, or null with the reason in <paramref name="reason"/>.</summary>
    public static double? Factor(DicomDataset first, IEnumerable<DicomDataset> all, out string reason)
    {
        string? units = first.GetString(DicomTags.Units);
        if (units != "BQML")
        {
            reason = $"Units (0054,1001) is '{units ?? "missing"}', not BQML";
            return null;
        }

        double? weightKg = first.GetNumber(DicomTags.PatientWeight);
        if (weightKg is not > 0)
        {
            reason = "PatientWeight (0010,1030) is missing or zero";
            return null;
        }

        DicomDataset? drug = first.GetFirstItem(DicomTags.RadiopharmaceuticalInformationSequence);
        double? dose = drug?.GetNumber(DicomTags.RadionuclideTotalDose);
        double? halfLife = drug?.GetNumber(DicomTags.RadionuclideHalfLife);
        if (dose is not > 0 || halfLife is not > 0)
        {
            reason = "RadiopharmaceuticalInformationSequence lacks RadionuclideTotalDose or RadionuclideHalfLife";
            return null;
        }

        string correction = first.GetString(DicomTags.DecayCorrection) ?? "NONE";
        double decayedDose;
        switch (correction)
        {
            case "ADMIN":
                decayedDose = dose.Value;
                break;
            case "START":
                double? start = ParseTime(drug!.GetString(DicomTags.RadiopharmaceuticalStartTime))
                    ?? ParseTime(drug.GetString(DicomTags.RadiopharmaceuticalStartDateTime) is { Length: > 8 } dt ? dt[8..] : null);
                double? reference = ParseTime(first.GetString(DicomTags.SeriesTime))
                    ?? all.Select(d => ParseTime(d.GetString(DicomTags.AcquisitionTime))).Where(t => t is not null).Min();
                if (start is null || reference is null)
                {
                    reason = "the injection time or the series/acquisition time is missing";
                    return null;
                }

                double elapsed = reference.Value - start.Value;
                if (elapsed < 0)
                {
                    elapsed += 24 * 3600; // the scan started after midnight
                }

                decayedDose = dose.Value * Math.Pow(2, -elapsed / halfLife.Value);
                break;
            default:
                reason = $"DecayCorrection (0054,1102) is '{correction}', for which SUV needs per-slice decay handling not implemented here";
                return null;
        }

        reason = string.Empty;
        return weightKg.Value * 1000.0 / decayedDose;
    }

    /// <summary>Seconds since midnight of a TM value (HHMMSS.FFFFFF, also HH:MM:SS), or null.</summary>
    internal static double? ParseTime(string? tm)
    {
        if (string.IsNullOrEmpty(tm))
        {
            return null;
        }

        string text = tm.Replace(":", string.Empty, StringComparison.Ordinal);
        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int hours))
        {
            return null;
        }

        int minutes = text.Length >= 4 && int.TryParse(text.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m) ? m : 0;
        double seconds = text.Length > 4 && double.TryParse(text.AsSpan(4), NumberStyles.Float, CultureInfo.InvariantCulture, out double s) ? s : 0;
        return hours * 3600 + minutes * 60 + seconds;
    }
}
