using Radiomics.Analysis.Models;
using Radiomics.Analysis.Tests.Models;
using Radiomics.Analysis.Validation;

namespace Radiomics.Analysis.Tests.Validation;

/// <summary>Harrell's optimism bootstrap: reproducibility and its defining arithmetic.</summary>
public sealed class BootstrapValidationTests
{
    private static readonly BootstrapSettings Small = new() { Replicates = 12, Seed = 5 };

    [Fact]
    public void Run_SameSeed_IsBitIdenticalWhateverTheThreadCount()
    {
        var settings = PenalisedLogisticTests.Fixed(1, 0.02);
        var table = PenalisedLogisticTests.BreastCancer();

        var one = BootstrapValidation.Run(table, settings, Small, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var three = BootstrapValidation.Run(table, settings, Small, new ParallelOptions { MaxDegreeOfParallelism = 3 });

        Assert.Equal(one.ResampleApparent, three.ResampleApparent);
        Assert.Equal(one.ResampleTest, three.ResampleTest);
        Assert.Equal(one.Corrected, three.Corrected);
    }

    [Fact]
    public void Run_Logistic_CorrectedIsApparentMinusMeanOptimism()
    {
        var result = BootstrapValidation.Run(PenalisedLogisticTests.BreastCancer(), PenalisedLogisticTests.Fixed(1, 0.005), Small);

        Assert.Equal("AUC", result.Metric);
        Assert.Equal(Small.Replicates, result.Used);
        double optimism = result.ResampleApparent.Zip(result.ResampleTest).Average(p => p.First - p.Second);
        Assert.Equal(optimism, result.Optimism, 1e-15);
        Assert.Equal(result.Apparent - result.Optimism, result.Corrected, 1e-15);
        Assert.True(result.Optimism > 0, $"optimism {result.Optimism}");

        var table = PenalisedLogisticTests.BreastCancer();
        var model = ModelTrainer.Train(table, PenalisedLogisticTests.Fixed(1, 0.005));
        var isCase = table.OtherColumn("y").Select(v => v == "1").ToArray();
        Assert.Equal(DeLong.Auc(ModelPredictor.Predict(model, table).LinearPredictor, isCase).Auc, result.Apparent, 1e-12);
    }

    [Fact]
    public void Run_DifferentSeeds_DrawDifferentResamples()
    {
        var settings = PenalisedLogisticTests.Fixed(1, 0.02);
        var table = PenalisedLogisticTests.BreastCancer();

        var a = BootstrapValidation.Run(table, settings, Small);
        var b = BootstrapValidation.Run(table, settings, Small with { Seed = 6 });

        Assert.NotEqual(a.ResampleTest, b.ResampleTest);
        Assert.Equal(a.Apparent, b.Apparent);
    }

    [Fact]
    public void Run_CoxWithCrossValidatedLambda_RefitsTheWholeProcedure()
    {
        var settings = new ModelSettings
        {
            Learner = Learner.Cox,
            Outcome = ModelOutcome.Survival("time", "event"),
            Penalty = new PenaltySettings { Rule = LambdaRule.Minimum },
            CrossValidation = new CrossValidationSettings { Folds = 5, Seed = 2 },
        };

        var result = BootstrapValidation.Run(CoxModelTests.Lung(), settings, Small with { Replicates = 4 });

        Assert.Equal("Harrell's C", result.Metric);
        Assert.Equal(4, result.Used);
        Assert.InRange(result.Apparent, 0.5, 1);
        Assert.InRange(result.Corrected, 0, 1);
    }
}
