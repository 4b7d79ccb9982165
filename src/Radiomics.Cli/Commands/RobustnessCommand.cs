using System.CommandLine;
using System.Globalization;
using Radiomics.Analysis.Statistics;
using Radiomics.Cli.Batch;
using Radiomics.Cli.Output;
using Radiomics.Cli.Syntax;
using Radiomics.Configuration;
using Radiomics.Configuration.Perturbation;
using Radiomics.Preprocessing.Perturbation;

namespace Radiomics.Cli.Commands;

/// <summary>
/// <c>radiomics robustness CASES.csv</c>: every case's perturbed variants (through the batch machinery), then per
/// feature the ICC over cases × variants and whether it passes the threshold.
/// </summary>
public sealed class RobustnessCommand : CliCommand
{
    private Argument<string> _cases = null!;
    private ParameterOptions _parameters = null!;
    private Option<string?> _out = null!;
    private Option<string?> _iccType = null!;
    private Option<string?> _metric = null!;
    private Option<string?> _threshold = null!;
    private Option<string?> _variantsOut = null!;
    private Option<int?> _jobs = null!;
    private Option<bool> _resume = null!;
    private Option<string?> _logFile = null!;
    private Option<Verbosity> _verbosity = null!;

    public RobustnessCommand()
        : base("robustness", "rate every feature's robustness to image perturbations by its ICC over cases and variants")
    {
    }

    protected override void Declare()
    {
        _parameters = new();
        _cases = Positional("CASES.csv", "a case list as for 'radiomics batch' (Image, Mask, optional ID, Label, ROI); one label per case; the ID names the case");
        foreach (Option option in _parameters.All)
        {
            Add(option);
        }

        _out = Add(OptionValues.Text("--out", "FILE", "the result (required): feature, icc, ci_low, ci_high, robust (1 or 0); .csv, or .json with provenance", "-o"));
        _iccType = Add(OptionValues.Choice("--icc-type", "T",
            "the ICC form, psych's numbering: 1 (default, as familiar: one-way random, single rater), 2, 3, 1k, 2k or 3k", ["1", "2", "3", "1k", "2k", "3k"]));
        _metric = Add(OptionValues.Choice("--metric", "M",
            "what must reach the threshold: icc_low (default, as familiar: the lower bound of the 95% interval) or icc (the estimate)", ["icc", "icc_low"]));
        _threshold = Add(OptionValues.Text("--threshold", "T",
            "robust when the metric is at least T (default 0.70, as familiar; Zwanenburg et al. 2019 kept features with ICC ≥ 0.90)"));
        _variantsOut = Add(OptionValues.Text("--variants-out", "FILE", "also keep the long table of every variant: ID, the perturbation_* columns, then the features"));
        _jobs = Add(OptionValues.Integer("--jobs", "N", 1, "cases in parallel (default 1; a single case's variants use the cores it gets)", "-j"));
        _resume = Add(OptionValues.Flag("--resume", "continue an interrupted run from its journal beside the variants table (VARIANTS.parts/; without --variants-out, OUT-STEM.variants.csv.parts/)"));
        _logFile = Add(OptionValues.Text("--log-file", "FILE", "append every message, timestamped, to FILE"));
        _verbosity = Add(SharedOptions.VerbosityLevel("Quiet prints only the summary."));
    }

    public override string Details =>
        "The parameter file's 'perturbation:' section says which variants (see 'radiomics perturb' and docs/robustness.md); it must give at "
        + "least two. Each case's variants are extracted as 'radiomics batch' extracts cases (progress, --resume, failed cases isolated in "
        + "VARIANTS-STEM.errors.csv); the ICC of each feature then takes the cases as subjects and the variants as raters "
        + "(psych::ICC, F-based 95% interval), without the unperturbed row unless it is itself one of the combinations. Cases with a "
        + "missing value for some variant are left out of that feature, with a warning.";

    public override IReadOnlyList<Example> Examples { get; } =
    [
        new("radiomics robustness tests/data/perturbation/ct-phantom-slabs/cases.csv -p tests/data/perturbation/ct-phantom-chain.params.yaml -o robustness.csv --variants-out variants.csv -j 2",
            "five slabs of the IBSI CT phantom's GTV, 96 variants each: ICC(1,1) of every feature, robust when its lower bound is at least 0.70"),
        new("radiomics robustness cases.csv -p params.yaml -o robustness.csv --metric icc --threshold 0.9",
            "Zwanenburg et al.'s rule: the ICC(1,1) estimate at least 0.90"),
    ];

    public override IReadOnlyList<(int Code, string Meaning)> ExitStatuses => ExitCodes.WithCases;

    public override int Run(ParseResult parsed, TextWriter output, TextWriter error)
    {
        string input = parsed.GetRequiredValue(_cases);
        string outPath = parsed.GetValue(_out) ?? throw new UsageException("--out FILE is required (one row per feature)");
        OutputLocation.CheckFile("--out", outPath);
        string? variantsOut = parsed.GetValue(_variantsOut);
        if (variantsOut is not null)
        {
            OutputLocation.CheckFile("--variants-out", variantsOut);
        }

        string? logFile = parsed.GetValue(_logFile);
        if (logFile is not null)
        {
            OutputLocation.CheckFile("--log-file", logFile);
        }

        var rule = new RobustnessRule(
            IccTypes.Parse(parsed.GetValue(_iccType) ?? "1")[0],
            parsed.GetValue(_metric) != "icc",
            ParseThreshold(parsed.GetValue(_threshold)));
        ExtractionParameters parameters = _parameters.Load(parsed);
        PerturbationSettings perturbation = parameters.Perturbation;
        var plan = new PerturbationPlan(perturbation, [true, true, true]);
        if (plan.Chain.Count() < 2)
        {
            throw new UsageException($"--params {parameters.Source}: the perturbation section gives {plan.Chain.Count()} variant(s); robustness needs at least two");
        }

        // Diagnostics are not features: the variants keep the features only.
        parameters = parameters with { Settings = parameters.Settings with { Output = parameters.Settings.Output with { AdditionalInfo = false } } };
        Verbosity verbosity = parsed.GetValue(_verbosity);
        string variantsPath = Path.GetFullPath(variantsOut ?? Path.ChangeExtension(outPath, null) + ".variants.csv");
        var options = new BatchOptions(input, parameters, variantsPath, BatchFormats.Resolve(null, variantsPath), parsed.GetValue(_jobs) ?? 1,
            parsed.GetValue(_resume), Shard: null, AllLabels: false, verbosity, logFile)
        {
            Command = "robustness",
            FingerprintSalt = "perturbation " + SettingsText(perturbation),
        };

        int status;
        using (var log = new BatchLog(error, verbosity, logFile))
        {
            CheckUniqueIds(Batch.CaseList.Read(input), input);
            status = new BatchRun(options, log, (extractor, _) => new PerturbationCaseRunner(extractor, perturbation))
                .Execute(verbosity != Verbosity.Quiet && BatchProgress.CanDrawLive(error));
            RobustnessReport.Write(variantsPath, plan.ReferenceInChain, rule, outPath, log);
        }

        if (variantsOut is null)
        {
            File.Delete(variantsPath);
        }

        return status;
    }

    /// <summary>The cases are the ICC's subjects: two rows with one ID would be one subject measured twice per variant.</summary>
    private static void CheckUniqueIds(Batch.CaseList cases, string path)
    {
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (BatchCase batchCase in cases.Cases)
        {
            string id = PerturbationCaseRunner.IdOf(batchCase);
            if (!rows.TryAdd(id, batchCase.Row))
            {
                throw new UsageException($"{path}: ID '{id}' names rows {rows[id] + 1} and {batchCase.Row + 1}; robustness needs one row per case");
            }
        }
    }

    private static double ParseThreshold(string? text)
    {
        if (text is null)
        {
            return RobustnessRule.DefaultThreshold;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || value < -1 || value > 1)
        {
            throw new UsageException($"--threshold must be a number from -1 to 1, not '{text}'");
        }

        return value;
    }

    /// <summary>The perturbation settings as text for the journal's fingerprint.</summary>
    private static string SettingsText(PerturbationSettings s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.NoiseRepetitions} {s.NoiseLevel?.ToString("R", CultureInfo.InvariantCulture) ?? "estimate"} [{string.Join(",", s.RotationAngles)}] [{string.Join(",", s.TranslationFractions)}] {s.RoiAdaptType} [{string.Join(",", s.RoiAdaptSizes)}] {s.RoiAdaptMaxErosion} {s.RandomiseRoiRepetitions} {s.Seed}");
}
