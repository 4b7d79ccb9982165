namespace Radiomics.Dicom.Writing.Seg;

/// <summary>
/// sRGB to the scaled CIELab of Recommended Display CIELab Value (0062,000D), PS3.3 C.10.7.1.1: sRGB decoded to linear
/// light (IEC 61966-2-1), to XYZ (sRGB primaries, D65 white), to CIE 1976 L*a*b* relative to D65, then L* 0–100 and
/// a*, b* −128–127 each mapped linearly onto 0–65535.
/// </summary>
internal static class CieLabColor
{
    private const double WhiteX = 0.95047, WhiteY = 1.0, WhiteZ = 1.08883;

    public static int[] Scaled(DisplayColor color)
    {
        double r = Linear(color.Red), g = Linear(color.Green), b = Linear(color.Blue);
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / WhiteX;
        double y = (0.2126729 * r + 0.7151522 * g + 0.0721750 * b) / WhiteY;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / WhiteZ;
        double fx = F(x), fy = F(y), fz = F(z);
        double lightness = 116 * fy - 16, a = 500 * (fx - fy), bStar = 200 * (fy - fz);
        return [Scale(lightness / 100), Scale((a + 128) / 255), Scale((bStar + 128) / 255)];
    }

    private static double Linear(byte channel)
    {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : (24389.0 / 27 * t + 16) / 116;

    private static int Scale(double fraction) => (int)Math.Round(Math.Clamp(fraction, 0, 1) * 65535, MidpointRounding.AwayFromZero);
}
