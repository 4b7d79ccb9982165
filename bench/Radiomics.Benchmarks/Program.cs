using BenchmarkDotNet.Running;

namespace Radiomics.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["quick", ..])
        {
            QuickTimings.Run();
            return;
        }

        if (args is ["stages", ..])
        {
            Filters.FilteredCaseStages.Run();
            return;
        }

        if (args is ["texture", .. var textureArgs])
        {
            Texture.TexturePhaseTimings.Run(textureArgs);
            return;
        }

        if (args is ["firstorder", .. var firstOrderArgs])
        {
            FirstOrder.FirstOrderStages.Run(firstOrderArgs);
            return;
        }

        if (args is ["report", .. var reportArgs])
        {
            Reports.ReportTimings.Run(reportArgs);
            return;
        }

        if (args is ["memory", .. var rest])
        {
            Memory.FilteredMemoryCase.Run(rest);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
