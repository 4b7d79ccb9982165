using System.Diagnostics;
using System.Globalization;
using Radiomics.Extraction;
using Radiomics.IO;

namespace Radiomics.Cli.Batch;

/// <summary>
/// One <c>radiomics batch</c> run: reads the case list, opens (or resumes) the journal, extracts the pending cases
/// on <c>--jobs</c> worker threads (each holding one case at a time, so memory is bounded by jobs × one case),
/// journals each finished case atomically, then assembles the final file (or the shard file) from the journal.
/// </summary>
public sealed class BatchRun
{
    /// <summary>Exit status when the batch finished but some cases (or labels) failed.</summary>
    public const int SomeCasesFailed = Syntax.ExitCodes.CasesFailed;

    /// <summary>Testing aid: milliseconds each case waits before it starts (to interrupt a run at a chosen point).</summary>
    public const string CaseDelayVariable = "RADIOMICS_BATCH_TEST_CASE_DELAY_MS";

    private readonly BatchOptions _options;
    private readonly BatchLog _log;
    private readonly Func<RadiomicsExtractor, CaseList, ICaseRunner>? _runner;

    public BatchRun(BatchOptions options, BatchLog log)
        : this(options, log, null)
    {
    }

    /// <param name="runner">
    /// What runs each case, made from the extractor and the case list (default: <see cref="CaseProcessor"/>, one
    /// record per label); another command (<c>radiomics robustness</c>) gets the same journal, resume, progress and
    /// failure isolation with its own records.
    /// </param>
    public BatchRun(BatchOptions options, BatchLog log, Func<RadiomicsExtractor, CaseList, ICaseRunner>? runner)
    {
        _options = options;
        _log = log;
        _runner = runner;
    }

    public int Execute(bool liveProgress)
    {
        var clock = Stopwatch.StartNew();
        CaseList cases = CaseList.Read(_options.CaseListPath);
        // The cores shared out between the jobs (one thread per case once the cases fill the cores), passed to every
        // stage of each case's extraction through the extractor's context.
        var extractor = new RadiomicsExtractor(_options.Parameters, new ExtractionContext(CaseThreads.DefaultFor(_options.Jobs, Environment.ProcessorCount)));
        // Two buffers per job (a case's image and mask): equal-sized cases then read into the same memory each time.
        Reports.BatchReportCollector? report = _options.ReportPath is null ? null : new Reports.BatchReportCollector(cases, _options.ReportModality, _options.ReportCompliance);
        ICaseRunner processor = _runner?.Invoke(extractor, cases)
            ?? new CaseProcessor(extractor, cases, _options.AllLabels, new Radiomics.IO.VoxelBufferPool(2 * _options.Jobs))
            {
                SkipNans = _options.SkipNans,
                AfterExtraction = _options.Reports is { } reports ? (c, loaded, extractions) => reports.Write(c, loaded, extractions, _options.Parameters) : null,
                Report = report,
            };
        string fingerprint = BatchFingerprint.Compute(cases, _options.Parameters, _options.AllLabels, _options.SkipNans, _options.FingerprintSalt);
        ShardSpec? shard = _options.Shard;
        (int first, int end) = shard?.RowRange(cases.Cases.Count) ?? (0, cases.Cases.Count);
        string target = shard is null ? Path.GetFullPath(_options.OutputPath) : ShardFile.PathFor(_options.OutputPath, shard);
        if (!Directory.Exists(Path.GetDirectoryName(target)))
        {
            throw new UsageException($"the output folder of '{_options.OutputPath}' does not exist");
        }

        if (_options.Resume && shard is not null && AlreadyComplete(target, fingerprint, shard) is { } finished)
        {
            _log.Always($"radiomics {_options.Command}: shard {shard} is already complete in {target} ({finished.Total} result row(s), {finished.Failed} failed); nothing to do");
            return finished.Failed > 0 ? SomeCasesFailed : 0;
        }

        using BatchJournal journal = BatchJournal.Open(BatchJournal.FolderFor(target), fingerprint, _options.Resume);
        // An output from an earlier run must not pass for this run's result while it is in progress; it is
        // written again, whole, at the end.
        DeleteIfExists(target);
        DeleteIfExists(BatchOutputWriter.ErrorsPathFor(target));

        var pending = new List<BatchCase>();
        int resumed = 0;
        for (int row = first; row < end; row++)
        {
            if (journal.CompletedRows.Contains(row) && journal.TryRead(row) is not null && _options.Reports?.IsWritten(cases.Cases[row]) != false)
            {
                resumed++;
                _log.Detailed($"{cases.Cases[row].DisplayName}: done in an earlier run, kept");
            }
            else
            {
                if (journal.CompletedRows.Contains(row))
                {
                    _log.Normal($"{cases.Cases[row].DisplayName}: its journal part is damaged; running it again");
                    journal.Discard(row);
                }

                pending.Add(cases.Cases[row]);
            }
        }

        _log.Normal($"radiomics {_options.Command}: {end - first} case(s){(shard is null ? "" : $" of {cases.Cases.Count} (shard {shard} from {shard.Source})")}, " +
                    $"{pending.Count} to run{(resumed > 0 ? $", {resumed} resumed" : "")}, {_options.Jobs} job(s); journal {journal.Folder}");

        var progress = new BatchProgress(_log, end - first, resumed);
        var caseClock = Stopwatch.StartNew();
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        TimeSpan busy = TimeSpan.Zero;
        progress.Run(liveProgress, report => busy = RunCases(pending, processor, journal, report));
        LogWorkerUsage(caseClock.Elapsed, busy, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore, pending.Count);

        Func<IEnumerable<CaseRecord>> records = () => journal.ReadAll(Enumerable.Range(first, end - first));
        int total, failed;
        if (shard is null)
        {
            OutputLayout layout = FinalOutput.Write(target, _options.Format, processor.OutputColumns, records, journal.ScratchPath);
            (total, failed) = (layout.Records, layout.Failed);
        }
        else
        {
            var header = new ShardFile.Header(fingerprint, shard.Index, shard.Count, cases.Cases.Count, BatchFormats.Name(_options.Format), processor.OutputColumns);
            AtomicFile.Write(target, s => ShardFile.Write(s, header, records()), journal.ScratchPath(Path.GetFileName(target)));
            (total, failed) = (0, 0);
            foreach (CaseRecord record in records())
            {
                total++;
                failed += record.Failed ? 1 : 0;
            }
        }

        if (report is not null && shard is null)
        {
            var reportClock = Stopwatch.StartNew();
            report.Write(_options.ReportPath!, cases, first, end, journal.TryRead, extractor, $"{Path.GetFileName(target)}, {end - first} case(s)");
            _log.Normal(string.Create(CultureInfo.InvariantCulture, $"radiomics batch: wrote the report {_options.ReportPath} in {reportClock.Elapsed.TotalSeconds:0.0} s"));
        }

        journal.Delete();
        string seconds = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        string errors = failed > 0 && shard is null ? $" (errors in {BatchOutputWriter.ErrorsPathFor(target)})" : "";
        _log.Always($"radiomics {_options.Command}: {end - first} case(s), {total} result row(s), {failed} failed{errors}; wrote {target} in {seconds} s");
        return failed > 0 ? SomeCasesFailed : 0;
    }

    /// <summary>Runs the pending cases on the worker threads; returns the time the workers spent on cases, summed.</summary>
    private TimeSpan RunCases(IReadOnlyList<BatchCase> pending, ICaseRunner processor, BatchJournal journal, Action<CaseOutcome> report)
    {
        int delay = int.TryParse(Environment.GetEnvironmentVariable(CaseDelayVariable), out int ms) ? ms : 0;
        int next = -1;
        long busyTicks = 0;
        Exception? fatal = null;
        // One job on several cores: the next case's inputs are read on a pool thread while this case's features are
        // computed (one case ahead, so at most two cases' inputs are held). Records, journal and output are the same.
        int jobs = Math.Min(_options.Jobs, Math.Max(1, pending.Count));
        bool wholeMachinePerCase = CaseThreads.DefaultFor(_options.Jobs, Environment.ProcessorCount) >= Environment.ProcessorCount;
        CaseProcessor? reader = jobs == 1 && wholeMachinePerCase && Environment.ProcessorCount > 1 ? processor as CaseProcessor : null;
        Task<LoadedCase>? ahead = null;

        void Work()
        {
            int i;
            while (Volatile.Read(ref fatal) is null && (i = Interlocked.Increment(ref next)) < pending.Count)
            {
                BatchCase batchCase = pending[i];
                try
                {
                    if (delay > 0)
                    {
                        Thread.Sleep(delay);
                    }

                    var clock = Stopwatch.StartNew();
                    Task<LoadedCase>? loading = ahead;
                    ahead = reader is not null && i + 1 < pending.Count ? reader.StartLoading(pending[i + 1]) : null;
                    IReadOnlyList<CaseRecord> records = reader is not null ? reader.Process(batchCase, loading) : processor.Process(batchCase);
                    journal.Write(batchCase.Row, records);
                    (processor as CaseProcessor)?.Report?.Observe(records);
                    Interlocked.Add(ref busyTicks, clock.Elapsed.Ticks);
                    report(new CaseOutcome(batchCase, records, clock.Elapsed));
                }
                catch (Exception e)
                {
                    // Only the journal (disk full, permissions) can get here: stop, keeping what is journalled.
                    Interlocked.CompareExchange(ref fatal, e, null);
                }
            }
        }

        if (jobs == 1)
        {
            Work();
        }
        else
        {
            var threads = Enumerable.Range(0, jobs).Select(k => new Thread(Work) { Name = $"radiomics-batch-{k}", IsBackground = true }).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
        }

        if (fatal is not null)
        {
            throw new IOException($"the batch stopped: {fatal.Message} (finished cases are kept; fix the cause and run again with --resume)", fatal);
        }

        return TimeSpan.FromTicks(busyTicks);
    }

    /// <summary>
    /// How well the workers were used (detailed verbosity): with J jobs, busy time near J × wall time means no worker
    /// waited; process CPU time well below busy time means the machine gave the workers less than a core each.
    /// </summary>
    private void LogWorkerUsage(TimeSpan wall, TimeSpan busy, TimeSpan cpu, int cases)
    {
        if (cases == 0 || wall <= TimeSpan.Zero)
        {
            return;
        }

        int jobs = Math.Min(_options.Jobs, cases);
        _log.Detailed(string.Create(CultureInfo.InvariantCulture,
            $"radiomics {_options.Command}: {cases} case(s) in {wall.TotalSeconds:0.0} s on {jobs} worker(s); workers busy {100 * busy.TotalSeconds / (jobs * wall.TotalSeconds):0}% of that time; process CPU {cpu.TotalSeconds:0.0} s ({cpu.TotalSeconds / wall.TotalSeconds:0.00} cores)"));
    }

    /// <summary>
    /// A shard file this very shard already finished (a retried cluster task): its record counts, else null.
    /// </summary>
    private static (int Total, int Failed)? AlreadyComplete(string target, string fingerprint, ShardSpec shard)
    {
        if (Directory.Exists(BatchJournal.FolderFor(target)) || !File.Exists(target))
        {
            return null;
        }

        ShardFile.Header header = ShardFile.ReadHeader(target);
        if (header.Fingerprint != fingerprint || header.Shard != shard.Index || header.Count != shard.Count)
        {
            return null;
        }

        int total = 0, failed = 0;
        foreach (CaseRecord record in ShardFile.ReadRecords(target))
        {
            total++;
            failed += record.Failed ? 1 : 0;
        }

        return (total, failed);
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
