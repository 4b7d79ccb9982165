using System.Globalization;
using System.Text;
using System.Xml;

namespace Radiomics.Cli.Slicer;

/// <summary>
/// Writes <see cref="SlicerModule"/> as the SlicerExecutionModel XML that <c>radiomics --xml</c> prints and 3D Slicer
/// reads to build the module's panel: <c>executable</c> with category, title, description, version,
/// documentation-url, license and contributor (in the schema's order), then one <c>parameters</c> element per group.
/// Index parameters get name, label, description, channel and index; flag parameters name, longflag, label,
/// description, default and constraints.
/// </summary>
internal static class SlicerModuleXml
{
    public static void Write(TextWriter output)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("executable");
            xml.WriteElementString("category", SlicerModule.Category);
            xml.WriteElementString("title", SlicerModule.Title);
            xml.WriteElementString("description", SlicerModule.Description);
            xml.WriteElementString("version", SlicerModule.Version);
            xml.WriteElementString("documentation-url", SlicerModule.DocumentationUrl);
            xml.WriteElementString("license", SlicerModule.License);
            xml.WriteElementString("contributor", SlicerModule.Contributor);
            foreach (SlicerParameterGroup group in SlicerModule.Groups)
            {
                xml.WriteStartElement("parameters");
                xml.WriteElementString("label", group.Label);
                xml.WriteElementString("description", group.Description);
                foreach (SlicerParameter parameter in group.Parameters)
                {
                    WriteParameter(xml, parameter);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        // StringBuilder output declares UTF-16; what is printed is UTF-8.
        output.WriteLine(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal));
        output.Flush();
    }

    private static void WriteParameter(XmlWriter xml, SlicerParameter parameter)
    {
        xml.WriteStartElement(parameter.Tag);
        if (parameter.Type is { } type)
        {
            xml.WriteAttributeString("type", type);
        }

        if (parameter.FileExtensions is { } extensions)
        {
            xml.WriteAttributeString("fileExtensions", extensions);
        }

        xml.WriteElementString("name", parameter.Name);
        if (parameter.LongFlag is { } flag)
        {
            xml.WriteElementString("longflag", flag);
        }

        xml.WriteElementString("label", parameter.Label);
        xml.WriteElementString("description", parameter.Description);
        if (parameter.Index is { } index)
        {
            xml.WriteElementString("channel", parameter.Channel);
            xml.WriteElementString("index", index.ToString(CultureInfo.InvariantCulture));
        }

        if (parameter.Default is { } value)
        {
            xml.WriteElementString("default", value);
        }

        if (parameter.Constraints is { } limits)
        {
            xml.WriteStartElement("constraints");
            xml.WriteElementString("minimum", limits.Minimum.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("maximum", limits.Maximum.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("step", limits.Step.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
