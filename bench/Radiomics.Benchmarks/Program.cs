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

        if (args is ["ring-picture", var picture])
        {
            Regions.RingPicture.Run(picture);
            return;
        }

        if (args is ["perturb-pictures", var pictures])
        {
            Perturbation.PerturbationPictures.Run(pictures);
            return;
        }

        if (args is ["perturb-slabs", var slabs])
        {
            Perturbation.SlabCases.Run(slabs);
            return;
        }

        if (args is ["casecost", .. var caseArgs])
        {
            Extraction.CaseCosts.Run(caseArgs);
            return;
        }

        if (args is ["stages", .. var stageArgs])
        {
            Filters.FilteredCaseStages.Run(stageArgs is [var runs] ? int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture) : 7);
            return;
        }

        if (args is ["derived", .. var derivedArgs])
        {
            Filters.DerivedImageTimings.Run(derivedArgs);
            return;
        }

        if (args is ["lbp", .. var lbpArgs])
        {
            Filters.Lbp3DTimings.Run(lbpArgs);
            return;
        }

        if (args is ["neighbours", .. var neighbourArgs])
        {
            Texture.NeighbourhoodTimings.Run(neighbourArgs);
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

        if (args is ["lasso", ..])
        {
            Analysis.LassoCrossValidationBenchmark.Run();
            return;
        }

        if (args is ["cohort", .. var cohortArgs])
        {
            Analysis.SyntheticCohort.Run(cohortArgs);
            return;
        }

        if (args is ["selection", ..])
        {
            Analysis.SelectionBenchmarks.Run();
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
