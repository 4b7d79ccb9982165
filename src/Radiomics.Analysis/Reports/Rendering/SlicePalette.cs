namespace Radiomics.Analysis.Reports.Rendering;

/// <summary>
/// The palette of slice views: index 0 is the outline colour, 1 … <see cref="Grays"/> a grey ramp from black to white,
/// and the next <see cref="Grays"/> the same ramp tinted red (voxels re-segmentation removed). A PNG carries only the
/// entries up to the highest index it uses.
/// </summary>
internal static class SlicePalette
{
    /// <summary>Grey levels: 96 steps keep a 400 HU window at about 4 HU per step and compress well.</summary>
    public const int Grays = 96;

    public const byte Outline = 0;

    public static byte Gray(int level) => (byte)(1 + level);

    public static byte Tinted(int level) => (byte)(1 + Grays + level);

    /// <summary>The palette's first <paramref name="length"/> colours (0xRRGGBB) with <paramref name="outline"/> at index 0.</summary>
    public static int[] Colours(int outline, int length)
    {
        var colours = new int[length];
        colours[0] = outline;
        for (int i = 1; i < length; i++)
        {
            int level = (i - 1) % Grays;
            int g = (int)Math.Round(level * 255.0 / (Grays - 1));
            colours[i] = i <= Grays
                ? (g << 16) | (g << 8) | g
                : ((g / 2 + 128) << 16) | ((g / 3) << 8) | (g / 3);
        }

        return colours;
    }
}
