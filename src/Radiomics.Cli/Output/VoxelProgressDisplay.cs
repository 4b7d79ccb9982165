using System.Diagnostics;
using System.Globalization;
using Radiomics.Cli.Batch;
using Radiomics.Extraction.Voxel;
using Spectre.Console;

namespace Radiomics.Cli.Output;

/// <summary>
/// Shows a voxel-based extraction's progress: on a terminal a live Spectre.Console bar per image type (voxels done,
/// percentage, remaining time) on stderr; otherwise plain lines, one per image type started and one at every tenth.
/// </summary>
internal sealed class VoxelProgressDisplay(TextWriter error)
{
    private readonly object _gate = new();

    public void Run(Action<Action<VoxelProgress>> work)
    {
        if (!BatchProgress.CanDrawLive(error))
        {
            RunPlain(work);
            return;
        }

        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<int, ProgressTask>();
                work(p =>
                {
                    lock (_gate)
                    {
                        if (!tasks.TryGetValue(p.ImageIndex, out ProgressTask? task))
                        {
                            task = context.AddTask($"voxel maps: {p.ImageType}", maxValue: Math.Max(1, p.Total));
                            tasks[p.ImageIndex] = task;
                        }

                        task.Value = Math.Max(task.Value, p.Done);
                    }
                });
            });
    }

    private void RunPlain(Action<Action<VoxelProgress>> work)
    {
        int lastImage = -1;
        long lastTenth = -1;
        var watch = Stopwatch.StartNew();
        work(p =>
        {
            lock (_gate)
            {
                if (p.ImageIndex != lastImage)
                {
                    lastImage = p.ImageIndex;
                    lastTenth = 0;
                    watch.Restart();
                    error.WriteLine($"radiomics: voxel maps for {p.ImageType}: {p.Total} ROI voxels");
                    return;
                }

                long tenth = p.Total == 0 ? 10 : p.Done * 10 / p.Total;
                if (tenth > lastTenth)
                {
                    lastTenth = tenth;
                    double elapsed = watch.Elapsed.TotalSeconds;
                    double remaining = p.Done == 0 ? 0 : elapsed * (p.Total - p.Done) / p.Done;
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"radiomics: {p.ImageType} {tenth * 10}% ({p.Done}/{p.Total} voxels, {elapsed:F1} s, about {remaining:F0} s left)"));
                }
            }
        });
    }
}
