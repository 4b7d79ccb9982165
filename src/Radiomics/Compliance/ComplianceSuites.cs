using Radiomics.Compliance.Ibsi1;
using Radiomics.Compliance.Ibsi2;

namespace Radiomics.Compliance;

/// <summary>The registered compliance suites, in run order. A new suite is one line here.</summary>
public static class ComplianceSuites
{
    /// <summary>Every suite: IBSI 1 (features), then IBSI 2 (convolutional filters).</summary>
    public static IReadOnlyList<IComplianceSuite> All { get; } =
    [
        new Ibsi1Suite(),
        new Ibsi2Suite(),
    ];

    /// <summary>The suite named <paramref name="name"/>, or null.</summary>
    public static IComplianceSuite? Find(string name) => All.FirstOrDefault(s => s.Name == name);
}
