using System.Globalization;
using System.Text.RegularExpressions;

namespace Radiomics.Configuration.Regions;

/// <summary>
/// Binds the parameter file's <c>regions:</c> section to <see cref="RegionSettings"/> records, checking every key once,
/// at load, with one-line messages that name it (<c>params.yaml: regions.peritumoral.ring: …</c>):
/// <code>
/// regions:
///   peritumoral: {ring: 5, clip: body.nii.gz}      # a path relative to the parameter file's folder, or absolute
///   rim: {innerRim: 2}
///   ringNoVessels: {ring: 10, subtract: {column: VesselMask}, largestComponent: true}   # batch: a case-list column
/// </code>
/// Keys of a region: at most one of <c>ring</c>, <c>grow</c>, <c>shrink</c>, <c>innerRim</c> (a distance in mm,
/// finite, ≥ 0); <c>clip</c> and <c>subtract</c> (a path, or <c>{path: FILE, label: N}</c>, or
/// <c>{column: COLUMN, label: N}</c>); <c>largestComponent</c> and <c>fillHoles</c> (true/false). A region needs at least
/// one of them.
/// </summary>
public static partial class RegionSettingsBinder
{
    /// <summary>The keys a region may have, in the order messages list them.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["ring", "grow", "shrink", "innerRim", "clip", "subtract", "largestComponent", "fillHoles"];

    /// <summary>
    /// The regions of <paramref name="section"/> (the value of <c>regions:</c>; null or empty: none), in file order.
    /// Relative mask paths are joined to <paramref name="baseFolder"/>.
    /// </summary>
    /// <exception cref="ParameterException">A key or value is not allowed; the message names it.</exception>
    public static IReadOnlyList<RegionSettings> Bind(ParameterValue? section, string source, string baseFolder)
    {
        if (section is null or ParameterValue.Null)
        {
            return [];
        }

        if (section is not ParameterValue.Mapping regions)
        {
            throw new ParameterException($"{source}: section 'regions' must map region names to their definitions, e.g. 'peritumoral: {{ring: 5}}', not {section.Describe()}.");
        }

        var result = new List<RegionSettings>();
        foreach (var (name, value) in regions.Entries)
        {
            string where = $"{source}: regions.{name}";
            if (!NamePattern().IsMatch(name) || name.Equals("diagnostics", StringComparison.OrdinalIgnoreCase))
            {
                throw new ParameterException($"{where}: a region name starts with a letter and holds only letters, digits and '-' (its features are named NAME_original_firstorder_Mean), and is not 'diagnostics'.");
            }

            if (result.Any(r => r.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ParameterException($"{where}: the name is used twice (names are compared ignoring case).");
            }

            result.Add(BindRegion(name, value, where, baseFolder));
        }

        return result;
    }

    private static RegionSettings BindRegion(string name, ParameterValue value, string where, string baseFolder)
    {
        if (value is not ParameterValue.Mapping { Entries.Count: > 0 } entries)
        {
            throw new ParameterException($"{where}: give the region's operations as a mapping of {string.Join(", ", Keys)}, e.g. {{ring: 5}}, not {value.Describe()}.");
        }

        var region = new RegionSettings { Name = name };
        foreach (var (key, item) in entries.Entries)
        {
            string at = $"{where}.{key}";
            region = key switch
            {
                "ring" or "grow" or "shrink" or "innerRim" => WithOperation(region, key, item, at),
                "clip" => region with { Clip = MaskSource(item, at, baseFolder) },
                "subtract" => region with { Subtract = MaskSource(item, at, baseFolder) },
                "largestComponent" => region with { LargestComponent = Flag(item, at) },
                "fillHoles" => region with { FillHoles = Flag(item, at) },
                _ => throw new ParameterException($"{at}: unknown key; a region takes {string.Join(", ", Keys)}."),
            };
        }

        if (region.Operation == RegionOperation.None && region.Clip is null && region.Subtract is null && !region.LargestComponent && !region.FillHoles)
        {
            throw new ParameterException($"{where}: the region does nothing to the ROI; give at least one of {string.Join(", ", Keys)}.");
        }

        return region;
    }

    private static RegionSettings WithOperation(RegionSettings region, string key, ParameterValue item, string at)
    {
        if (region.OperationKey is { } earlier)
        {
            throw new ParameterException($"{at}: a region has one distance operation; it already has '{earlier}' (define another region for the other).");
        }

        RegionOperation operation = key switch
        {
            "ring" => RegionOperation.Ring,
            "grow" => RegionOperation.Grow,
            "shrink" => RegionOperation.Shrink,
            _ => RegionOperation.InnerRim,
        };
        return region with { Operation = operation, DistanceMm = Distance(item, at) };
    }

    /// <summary>A distance in mm: a finite number ≥ 0.</summary>
    public static double Distance(ParameterValue item, string at)
    {
        if (item is ParameterValue.Scalar { Quoted: false } scalar && ParameterValue.TryDouble(scalar.Text, out double distance) && double.IsFinite(distance) && distance >= 0)
        {
            return distance;
        }

        throw new ParameterException($"{at}: the distance must be a number of mm ≥ 0 (e.g. 5 or 2.5), not {item.Describe()}.");
    }

    private static bool Flag(ParameterValue item, string at) =>
        item is ParameterValue.Scalar { Quoted: false } scalar && ParameterValue.TryBool(scalar.Text, out bool value)
            ? value
            : throw new ParameterException($"{at}: must be true or false, not {item.Describe()}.");

    private static RegionMaskSource MaskSource(ParameterValue item, string at, string baseFolder)
    {
        switch (item)
        {
            case ParameterValue.Scalar { Text.Length: > 0 } scalar:
                return FromPath(scalar.Text, null, baseFolder);
            case ParameterValue.Mapping mapping:
                string? path = null, column = null;
                int? label = null;
                foreach (var (key, value) in mapping.Entries)
                {
                    string text = value is ParameterValue.Scalar s ? s.Text : "";
                    switch (key)
                    {
                        case "path" when text.Length > 0:
                            path = text;
                            break;
                        case "column" when text.Length > 0:
                            column = text;
                            break;
                        case "label" when value is ParameterValue.Scalar { Quoted: false } && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) && n != 0:
                            label = n;
                            break;
                        case "path" or "column" or "label":
                            throw new ParameterException($"{at}.{key}: {(key == "label" ? "must be a non-zero integer" : "must be a non-empty text")}, not {value.Describe()}.");
                        default:
                            throw new ParameterException($"{at}.{key}: unknown key; a mask is given by path or column, with an optional label.");
                    }
                }

                if ((path is null) == (column is null))
                {
                    throw new ParameterException($"{at}: give either 'path: FILE' or 'column: COLUMN' (a case-list column naming the file per case), not {(path is null ? "neither" : "both")}.");
                }

                return column is not null ? new RegionMaskSource { Column = column, Label = label } : FromPath(path!, label, baseFolder);
            default:
                throw new ParameterException($"{at}: must be a mask file, {{path: FILE, label: N}} or {{column: COLUMN}}, not {item.Describe()}.");
        }
    }

    private static RegionMaskSource FromPath(string path, int? label, string baseFolder) => new()
    {
        Path = path,
        ResolvedPath = System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(baseFolder, path)),
        Label = label,
    };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]*$")]
    private static partial Regex NamePattern();
}
