using Radiomics.Cli.Batch;
using Radiomics.Configuration;

namespace Radiomics.Cli.Commands;

/// <summary><c>radiomics batch INPUT.csv</c>: many cases, in parallel, resumable, shardable across a cluster.</summary>
public sealed class BatchCommand : ICommand
{
    private static readonly string[] ValueOptions =
        ["--params", "--setting", "--out", "--format", "--jobs", "--shard", "--shard-count", "--log-file", "--verbosity", InputLimitOptions.MaxVoxels];

    private static readonly string[] Flags = ["--resume", "--all-labels", InputLimitOptions.AllowOutsidePaths];

    public string Name => "batch";

    public string Summary => "extract many cases listed in a CSV (parallel, resumable, shardable)";

    public string Usage => """
        usage: radiomics batch INPUT.csv [--params FILE] [--setting KEY:VALUE]... [--out FILE]
                               [--format csv|long|jsonl|parquet] [--jobs N] [--resume] [--all-labels]
                               [--shard K/N | --shard-count N] [--log-file FILE] [--verbosity quiet|normal|detailed]

          INPUT.csv          PyRadiomics' batch CSV: columns Image and Mask (paths relative to the CSV's folder or
                             absolute), optional Label (2, a list 1;2 or [1, 2], or all), label_channel and ROI
                             (an RTSTRUCT ROI / SEG segment name when Mask is DICOM; Image may be a DICOM folder);
                             every column is carried to the output
          --params FILE      a PyRadiomics parameter file (.yaml or .json)
          --setting K:V      override one setting (repeatable)
          --out FILE         the output (default: INPUT-STEM.features.EXT in the current folder)
          --format F         csv (PyRadiomics' wide batch CSV, default), long (case,feature,value), jsonl, parquet;
                             inferred from --out's extension (.jsonl, .parquet) when not given
          --jobs N           cases in parallel (default 1); the cores are shared out between the cases, so with
                             N >= cores each case runs single-threaded; on 2+ cores, N = cores is the fastest
          --resume           continue an interrupted run from its journal OUT.parts/
          --all-labels       extract every label of each mask (one output row per case and label)
          --shard K/N        run shard K (0..N-1) of N contiguous blocks of rows, writing OUT.shard-K-of-N.jsonl
                             for 'radiomics merge'; without it K/N come from SLURM_ARRAY_TASK_ID/_COUNT (Slurm array)
                             or JOB_COMPLETION_INDEX with --shard-count N (Kubernetes Indexed Job); '--shard off' disables
          --log-file FILE    append every message, timestamped, to FILE
          --verbosity V      quiet, normal (default) or detailed

          Failed cases do not stop the batch: they get an empty row in the output and a line in OUT-STEM.errors.csv.
        """ + InputLimitOptions.Usage + """

          Exit status: 0 all cases succeeded, 3 some failed, 1 the batch could not run, 2 bad command line.
        """;

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        Arguments arguments = Arguments.Parse(args, ValueOptions, Flags);
        if (arguments.Positional.Count != 1)
        {
            throw new UsageException("batch needs one INPUT.csv (see radiomics batch --help)");
        }

        string input = arguments.Positional[0];
        string? outPath = arguments.Value("--out");
        BatchFormat format = BatchFormats.Resolve(arguments.Value("--format"), outPath);
        outPath ??= Path.GetFileNameWithoutExtension(input) + ".features" + BatchFormats.Extension(format);
        int jobs = arguments.IntValue("--jobs") ?? 1;
        if (jobs < 1)
        {
            throw new UsageException($"--jobs must be at least 1, not {jobs}");
        }

        Verbosity verbosity = arguments.Value("--verbosity") switch
        {
            null or "normal" => Verbosity.Normal,
            "quiet" => Verbosity.Quiet,
            "detailed" => Verbosity.Detailed,
            string other => throw new UsageException($"--verbosity must be quiet, normal or detailed, not '{other}'"),
        };

        ShardSpec? shard = ShardSpec.Resolve(arguments.Value("--shard"), arguments.IntValue("--shard-count"), Environment.GetEnvironmentVariable);
        ExtractionParameters parameters = ExtractCommand.LoadParameters(arguments);
        var options = new BatchOptions(input, parameters, outPath, format, jobs, arguments.Has("--resume"), shard, arguments.Has("--all-labels"), verbosity, arguments.Value("--log-file"));
        using var log = new BatchLog(error, verbosity, options.LogFile);
        return new BatchRun(options, log).Execute(verbosity != Verbosity.Quiet && BatchProgress.CanDrawLive(error));
    }
}
