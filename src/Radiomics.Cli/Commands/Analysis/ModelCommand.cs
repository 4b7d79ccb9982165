using Radiomics.Cli.Syntax;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary><c>radiomics model train|predict|evaluate</c>: fit, apply and validate models; it groups the three and runs nothing itself.</summary>
public sealed class ModelCommand : CliCommand
{
    public ModelCommand()
        : base("model", "fit, apply and validate logistic and Cox models (glmnet, glm, coxph; pROC, rms, survival)")
    {
    }

    public override IReadOnlyList<CliCommand> Subcommands { get; } = [new ModelTrainCommand(), new ModelPredictCommand(), new ModelEvaluateCommand()];

    public override IReadOnlyList<Example> Examples => [Subcommands[0].Examples[0], Subcommands[2].Examples[0]];

    protected override void Declare()
    {
    }
}
