namespace Radiomics.Compliance;

/// <summary>
/// A reference check (e.g. IBSI 1, IBSI 2): it knows its reference values and its documented known deviations, and
/// computes rows that <see cref="ComplianceRunner"/> matches to the references by (dataset, tag). Suites are
/// listed in <see cref="ComplianceSuites.All"/>.
/// </summary>
public interface IComplianceSuite
{
    /// <summary>The short name used to select it (<c>--suite ibsi2</c>).</summary>
    string Name { get; }

    /// <summary>A human title (e.g. "IBSI 2 (convolutional filters)").</summary>
    string Title { get; }

    /// <summary>The file name of its generated compliance document (e.g. "ibsi2-compliance.md").</summary>
    string DocumentName { get; }

    /// <summary>Markdown placed under the title of the generated document: what is checked and how.</summary>
    string DocumentIntroduction { get; }

    /// <summary>The documented known deviations (asserted exactly by the tests; the goal is an empty list).</summary>
    IReadOnlyList<KnownDeviation> KnownDeviations { get; }

    /// <summary>
    /// Every file the suite reads, relative to the data root with forward slashes (what <see cref="ReferenceData"/>
    /// hashes; the embedded data must hold each of them).
    /// </summary>
    IReadOnlyList<string> DataFiles { get; }

    /// <summary>The reference values, read from the data under <paramref name="dataRoot"/>.</summary>
    IReadOnlyList<ReferenceValue> References(string dataRoot);

    /// <summary>Computes every selected case, yielding its rows as each case finishes.</summary>
    IEnumerable<CheckRow> Run(ComplianceRunOptions options);
}
