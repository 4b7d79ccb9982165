using Radiomics.Analysis.Reports;
using Radiomics.Configuration;
using Radiomics.Extraction;

namespace Radiomics.Analysis.Tests.Reports;

public sealed class ResultTableTests
{
    private static readonly string[][] Wide =
    [
        ["ID", "Image", "Mask", "Label", "site_name", "diagnostics_Versions_RadiomicsNET", "diagnostics_Mask-original_VoxelNum", "original_firstorder_Mean", "original_glcm_Contrast"],
        ["P1", "/a.nii", "/am.nii", "1", "A", "0.1.0", "1234", "40.5", "nan"],
        ["P2", "/b.nii", "/bm.nii", "2", "B", "", "", "", ""],
    ];

    [Fact]
    public void Read_WideTable_SplitsCarriedColumnsDiagnosticsAndFeatures()
    {
        IReadOnlyList<TableCase> cases = ResultTable.Read(Wide, "features.csv");

        Assert.Equal(2, cases.Count);
        TableCase first = cases[0];
        Assert.Equal(("P1", 1, 1), (first.Id, first.Label, first.Row));
        Assert.Equal(["ID", "Image", "Mask", "Label", "site_name"], first.Columns.Select(c => c.Key));
        Assert.Equal("0.1.0", first.Entries.Single(e => e.Key == "diagnostics_Versions_RadiomicsNET").Value.Text);
        Assert.Equal(1234, first.Entries.Single(e => e.Key == "diagnostics_Mask-original_VoxelNum").Value.Number);
        Assert.Equal(40.5, first.Entries.Single(e => e.Key == "original_firstorder_Mean").Value.Number);
        Assert.True(double.IsNaN(first.Entries.Single(e => e.Key == "original_glcm_Contrast").Value.Number));
        Assert.False(first.Failed);
        Assert.True(cases[1].Failed);
    }

    [Fact]
    public void Read_NoIdColumn_NamesCasesByRow()
    {
        string[][] rows = [["Image", "Mask", "original_firstorder_Mean"], ["a", "b", "1"], ["c", "d", "2"]];
        Assert.Equal(["1", "2"], ResultTable.Read(rows, "t.csv").Select(c => c.Id));
    }

    [Fact]
    public void ReadErrors_BatchErrorsFile_GivesCaseColumnsAndError()
    {
        string[][] rows = [["case", "ID", "Image", "error"], ["3", "P3", "/c.nii", "c.nii: file not found"]];
        CaseFailure failure = Assert.Single(ResultTable.ReadErrors(rows, "features.errors.csv"));
        Assert.Equal(("3", "c.nii: file not found"), (failure.Case, failure.Error));
        Assert.Equal(["ID", "Image"], failure.Columns.Select(c => c.Key));
    }

    [Fact]
    public void SettingsOf_TheCanonicalSettingsJson_RoundTrips()
    {
        RadiomicsSettings settings = RadiomicsSettings.Default with { Discretisation = new DiscretisationSettings { BinWidth = 10 }, Resegmentation = new ResegmentationSettings { Range = [-100, 200] }, Mask = new MaskSettings { Label = 3 } };
        var entries = new[] { KeyValuePair.Create("diagnostics_Configuration_Settings", (ResultValue)SettingsFormatter.ToJson(settings)) };

        RadiomicsSettings read = ResultTable.SettingsOf(entries, RadiomicsSettings.Default);
        Assert.Equal(SettingsFormatter.ToJson(settings), SettingsFormatter.ToJson(read));
    }
}
