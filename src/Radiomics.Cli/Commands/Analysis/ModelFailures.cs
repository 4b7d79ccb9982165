using Radiomics.Analysis.Bundles;
using Radiomics.Analysis.Models;

namespace Radiomics.Cli.Commands.Analysis;

/// <summary>
/// Turns the model and bundle libraries' exceptions into the tool's: a <see cref="ModelException"/> or
/// <see cref="BundleException"/> is an input error (exit 1) whose one line names the file (prefixed with
/// <paramref name="file"/> when the library's message names none); a settings refusal is a usage error (exit 2).
/// </summary>
internal static class ModelFailures
{
    /// <summary>Runs <paramref name="work"/>, translating the libraries' exceptions.</summary>
    public static T Run<T>(string file, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (ModelException e)
        {
            throw new InputException(Prefixed(file, e.Message));
        }
        catch (BundleException e)
        {
            throw new InputException(Prefixed(file, e.Message));
        }
    }

    /// <summary>Runs <paramref name="work"/>, translating the libraries' exceptions.</summary>
    public static void Run(string file, Action work) => Run(file, () =>
    {
        work();
        return 0;
    });

    /// <summary>Runs a settings record's <c>Validate</c>; a refusal is a usage error.</summary>
    public static void CheckSettings(Action validate)
    {
        try
        {
            validate();
        }
        catch (ModelException e)
        {
            throw new UsageException(Lower(e.Message.TrimEnd('.')));
        }
    }

    private static string Prefixed(string file, string message)
    {
        message = message.TrimEnd('.');
        return message.StartsWith(file, StringComparison.Ordinal) || message.StartsWith("--", StringComparison.Ordinal) ? message : $"{file}: {Lower(message)}";
    }

    private static string Lower(string message) =>
        message.Length > 1 && char.IsUpper(message[0]) && !char.IsUpper(message[1]) ? char.ToLowerInvariant(message[0]) + message[1..] : message;
}
