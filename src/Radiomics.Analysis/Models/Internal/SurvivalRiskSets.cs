namespace Radiomics.Analysis.Models.Internal;

/// <summary>
/// The rows of a right-censored survival outcome sorted by time (ties kept in row order), grouped by equal times, with
/// the number of deaths in each group: what every Cox partial-likelihood pass walks.
/// </summary>
internal sealed class SurvivalRiskSets
{
    public SurvivalRiskSets(double[] time, bool[] died)
    {
        int n = time.Length;
        Time = time;
        Died = died;
        Order = Enumerable.Range(0, n).ToArray();
        Array.Sort(Order, (a, b) => time[a] != time[b] ? time[a].CompareTo(time[b]) : a.CompareTo(b));
        var starts = new List<int>();
        for (int k = 0; k < n; k++)
        {
            if (k == 0 || time[Order[k]] != time[Order[k - 1]])
            {
                starts.Add(k);
            }
        }

        starts.Add(n);
        GroupStart = [.. starts];
        Deaths = new int[GroupCount];
        for (int g = 0; g < GroupCount; g++)
        {
            for (int k = GroupStart[g]; k < GroupStart[g + 1]; k++)
            {
                Deaths[g] += died[Order[k]] ? 1 : 0;
            }
        }

        DeathCount = Deaths.Sum();
        SaturatedLogLikelihood = -Deaths.Where(d => d > 0).Sum(d => d * Math.Log(d));
    }

    public double[] Time { get; }

    public bool[] Died { get; }

    /// <summary>Row indices in ascending time.</summary>
    public int[] Order { get; }

    /// <summary>Group g holds <c>Order[GroupStart[g] .. GroupStart[g + 1])</c>; one extra entry closes the last group.</summary>
    public int[] GroupStart { get; }

    public int GroupCount => GroupStart.Length - 1;

    /// <summary>The number of deaths in each group.</summary>
    public int[] Deaths { get; }

    public int DeathCount { get; }

    /// <summary>−Σ d_g log d_g over the death times: the saturated Breslow log-likelihood, as glmnet's <c>coxnet.deviance</c>.</summary>
    public double SaturatedLogLikelihood { get; }

    public int Rows => Time.Length;
}
