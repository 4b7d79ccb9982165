namespace Radiomics.Analysis.Selection;

/// <summary>
/// One step of a <see cref="SelectionPipeline"/>: a method and its parameters. Immutable; the concrete records are
/// <see cref="VarianceSettings"/>, <see cref="RobustSettings"/>, <see cref="CorrelationFilterSettings"/>,
/// <see cref="ClusterSettings"/>, <see cref="MrmrSettings"/> and <see cref="UnivariateSettings"/>.
/// </summary>
public abstract record SelectionStep
{
    private protected SelectionStep()
    {
    }

    /// <summary>The method this step runs.</summary>
    public abstract SelectionMethod Method { get; }

    /// <summary>Whether the step reads the pipeline's outcome.</summary>
    public abstract bool UsesOutcome { get; }

    /// <summary>Checks the parameters; the message names the command-line option and the problem.</summary>
    /// <exception cref="SelectionException">A parameter is out of range.</exception>
    public abstract void Validate();
}
