using System.CommandLine;
using Radiomics.Analysis.Tables;
using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// A command of the analysis layer: it reads one feature table (<see cref="AnalysisTableOptions"/>), runs one stage of
/// <c>Radiomics.Analysis</c> and writes its outputs with <see cref="AnalysisOutput"/>. It turns the library's
/// <see cref="FeatureTableException"/>s into the tool's errors: a setting the library refuses is a usage error (exit 2,
/// see <see cref="CheckSettings"/>); anything the data does not allow (a missing file, column or batch, a NaN) is an
/// input error (exit 1) whose one line names the file, prefixed with the table's path when the library's message names
/// none.
/// </summary>
public abstract class AnalysisCommand : CliCommand
{
    private AnalysisTableOptions _table = null!;

    protected AnalysisCommand(string name, string summary)
        : base(name, summary)
    {
    }

    /// <summary>The shared table options (declared by <see cref="DeclareTable"/>).</summary>
    protected AnalysisTableOptions Table => _table;

    public sealed override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        try
        {
            return Analyse(parsed, output, error);
        }
        catch (FeatureTableException e)
        {
            string table = Table.PathOf(parsed);
            string[] named = [table, .. FilesNamed(parsed)];
            throw new InputException(named.Any(f => e.Message.StartsWith(f, StringComparison.Ordinal)) ? e.Message : $"{table}: {e.Message}");
        }
    }

    /// <summary>Does the work; the library's <see cref="FeatureTableException"/>s may escape (see the class remarks).</summary>
    protected abstract int Analyse(ParseResult parsed, TextWriter output, TextWriter error);

    /// <summary>The files besides the table a message may start with (clinical table, model, outputs).</summary>
    protected virtual IEnumerable<string> FilesNamed(ParseResult parsed) =>
        parsed.GetValue(Table.Clinical) is { } clinical ? [clinical] : [];

    /// <summary>What the command expects of TABLE (its layout, the columns it needs), for the help.</summary>
    protected abstract string TableDescription { get; }

    /// <summary>The features without --features, for the help; null for the reader's default rule.</summary>
    protected virtual string? FeaturesDefault => null;

    /// <summary>The exit statuses of the analysis commands.</summary>
    public override IReadOnlyList<(int Code, string Meaning)> ExitStatuses { get; } =
    [
        (ExitCodes.Success, "done"),
        (ExitCodes.InputError, "an input could not be read or used (missing or damaged table or model, missing column, unseen batch, NaN where none is allowed)"),
        (ExitCodes.UsageError, "the command line cannot run as given (unknown option, missing or bad value, unknown output extension, unwritable output path)"),
        (ExitCodes.InternalError, "internal error: a bug; please report it (RADIOMICS_DEBUG=1 shows the details)"),
    ];

    /// <summary>Declares TABLE, then the command's own options (<see cref="DeclareOptions"/>), then the shared table options.</summary>
    protected sealed override void Declare()
    {
        _table = new AnalysisTableOptions(TableDescription, FeaturesDefault);
        Positional(_table.Table);
        DeclareOptions();
        foreach (Option option in _table.All)
        {
            Add(option);
        }
    }

    /// <summary>Declares the command's own options with <c>Add</c> (called once).</summary>
    protected abstract void DeclareOptions();

    /// <summary>Runs a settings record's <c>Validate</c>; a refusal is a usage error (exit 2) naming the option.</summary>
    protected static void CheckSettings(Action validate)
    {
        try
        {
            validate();
        }
        catch (FeatureTableException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>The input files for the provenance: the table, the clinical table when joined, then <paramref name="others"/>.</summary>
    protected static IReadOnlyList<InputFile> InputFiles(string table, FeatureTableReadSettings read, params (string Role, string Path)[] others)
    {
        var files = new List<InputFile> { InputFile.Of("table", table) };
        if (read.ClinicalPath is { } clinical)
        {
            files.Add(InputFile.Of("clinical", clinical));
        }

        files.AddRange(others.Select(o => InputFile.Of(o.Role, o.Path)));
        return files;
    }

    /// <summary>Prints the library's warnings, one line each: <c>radiomics: warning: …</c>.</summary>
    protected static void Warn(TextWriter error, IEnumerable<string> warnings)
    {
        foreach (string warning in warnings)
        {
            error.WriteLine($"radiomics: warning: {warning.ReplaceLineEndings(" ")}");
        }
    }
}
