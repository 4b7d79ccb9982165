using System.Xml.Linq;

namespace Radiomics.Cli.Tests.Slicer;

/// <summary>
/// Builds a module's command line from its SlicerExecutionModel description as 3D Slicer does
/// (vtkSlicerCLIModuleLogic): for each parameter with a long flag, <c>--flag value</c> (a boolean only its flag, and
/// only when true), in the order of the description; then the values of the index parameters in index order.
/// </summary>
internal static class SlicerCommandLine
{
    /// <summary>A parameter as the description declares it.</summary>
    public sealed record Parameter(string Tag, string Name, string? Type, string? LongFlag, int? Index, string? Default, string? FileExtensions);

    public static IReadOnlyList<Parameter> Parameters(XDocument description) =>
        description.Root!.Elements("parameters").SelectMany(g => g.Elements())
            .Where(e => e.Name.LocalName is not ("label" or "description"))
            .Select(e => new Parameter(e.Name.LocalName, (string)e.Element("name")!, (string?)e.Attribute("type"), (string?)e.Element("longflag"),
                (int?)e.Element("index"), (string?)e.Element("default"), (string?)e.Attribute("fileExtensions")))
            .ToList();

    /// <summary>
    /// The arguments for <paramref name="description"/> with the flag parameters at their defaults and the index
    /// parameters at <paramref name="valueOf"/> (given each parameter, the file Slicer would pass).
    /// </summary>
    public static List<string> Build(XDocument description, Func<Parameter, string> valueOf)
    {
        var arguments = new List<string>();
        IReadOnlyList<Parameter> parameters = Parameters(description);
        foreach (Parameter flag in parameters.Where(p => p.LongFlag is not null))
        {
            if (flag.Tag == "boolean")
            {
                if (flag.Default == "true")
                {
                    arguments.Add("--" + flag.LongFlag);
                }

                continue;
            }

            arguments.Add("--" + flag.LongFlag);
            arguments.Add(flag.Default ?? "");
        }

        arguments.AddRange(parameters.Where(p => p.Index is not null).OrderBy(p => p.Index).Select(valueOf));
        return arguments;
    }
}
