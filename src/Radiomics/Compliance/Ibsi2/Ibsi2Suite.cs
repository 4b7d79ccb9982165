using Radiomics.Filters.Ibsi2;

namespace Radiomics.Compliance.Ibsi2;

/// <summary>
/// The IBSI 2 compliance suite: phase 1 (33 response maps, <see cref="Ibsi2Phase1Check"/>) and phase 2 (18 filter
/// configurations × 18 intensity statistics, <see cref="Ibsi2Phase2Check"/>). Reference data: <c>&lt;root&gt;/ibsi2</c>
/// and the IBSI 1 CT phantom in <c>&lt;root&gt;/ibsi1/ct_phantom</c>.
/// </summary>
internal sealed class Ibsi2Suite : IComplianceSuite
{
    public string Name => "ibsi2";

    public string Title => "IBSI 2";

    public string DocumentName => "ibsi2-compliance.md";

    public string DocumentIntroduction => Ibsi2Documentation.Introduction;

    public IReadOnlyList<KnownDeviation> KnownDeviations => Ibsi2KnownDeviations.All;

    public IReadOnlyList<string> DataFiles { get; } =
    [
        .. Ibsi2Phase1.Configurations.SelectMany(c => new[] { "ibsi2/" + c.PhantomPath, "ibsi2/" + c.ReferenceMapPath }).Distinct(),
        Ibsi2Phase2Check.ReferencePath, Ibsi2Phase2Images.ImagePath, Ibsi2Phase2Images.MaskPath,
    ];

    public IReadOnlyList<ReferenceValue> References(string dataRoot) =>
        [.. Ibsi2Phase1Check.References(), .. Ibsi2Phase2Check.References(dataRoot)];

    public IEnumerable<CheckRow> Run(ComplianceRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Ibsi2Phase1Check.Run(options).Concat(Ibsi2Phase2Check.Run(options));
    }
}
