using Radiomics.Analysis.Statistics;
using Radiomics.Analysis.Validation.Internal;

namespace Radiomics.Analysis.Validation;

/// <summary>
/// Harrell's C for right-censored survival with the tie rules of <c>survival::concordance</c> 3.5 (default timewt "n"):
/// a pair is comparable when the shorter time is an event; two events at the same time are not comparable (tied in
/// time); an event and a censoring at the same time are comparable (the censored subject outlived the event); a
/// comparable pair with equal scores counts ½. By default a higher score means a higher risk
/// (<c>concordance(Surv(time, event) ~ score, reverse = TRUE)</c>). O(n log n) by Fenwick trees over score ranks.
/// </summary>
public static class HarrellConcordance
{
    /// <summary>C, the pair counts and survival's standard error.</summary>
    /// <exception cref="ArgumentException">Lengths differ, a value is not finite, or no pair is comparable.</exception>
    public static ConcordanceResult Compute(
        IReadOnlyList<double> time,
        IReadOnlyList<bool> died,
        IReadOnlyList<double> score,
        RiskDirection direction = RiskDirection.HigherScoreHigherRisk)
    {
        int n = time.Count;
        if (died.Count != n || score.Count != n)
        {
            throw new ArgumentException($"{n} times, {died.Count} event flags and {score.Count} scores: the lengths must agree.");
        }

        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(time[i]) || !double.IsFinite(score[i]))
            {
                throw new ArgumentException($"Row {i + 1} has a time or score that is not finite.");
            }
        }

        // Risk ranks: 0 = lowest risk; equal scores share a rank.
        double sign = direction == RiskDirection.HigherScoreHigherRisk ? 1 : -1;
        int[] rank = Ranks.Dense(score.Select(s => sign * s).ToArray(), out int distinct);
        int[] order = Enumerable.Range(0, n).OrderBy(i => time[i]).ThenBy(i => i).ToArray();
        var groups = TimeGroups(order, time);

        // numerator (concordant + tied/2) and denominator shares of every subject, over both roles in its pairs
        var numerator = new double[n];
        var denominator = new double[n];
        long concordant = 0, discordant = 0, tied = 0;

        // Role 1: subject i is the earlier event; its comparable partners are later (or censored at the same time).
        var later = new RankCounter(distinct);
        for (int g = groups.Count - 1; g >= 0; g--)
        {
            var (start, end) = groups[g];
            var censoredHere = new RankCounter(distinct);
            for (int k = start; k < end; k++)
            {
                if (!died[order[k]])
                {
                    censoredHere.Add(rank[order[k]]);
                }
            }

            for (int k = start; k < end; k++)
            {
                int i = order[k];
                if (!died[i])
                {
                    continue;
                }

                var (below, equal, above) = later.Count(rank[i]);
                var (cBelow, cEqual, cAbove) = censoredHere.Count(rank[i]);
                long c = below + cBelow, d = above + cAbove, t = equal + cEqual;
                concordant += c;
                discordant += d;
                tied += t;
                numerator[i] += c + 0.5 * t;
                denominator[i] += c + d + t;
            }

            for (int k = start; k < end; k++)
            {
                later.Add(rank[order[k]]);
            }
        }

        // Role 2: subject j is the later partner of earlier events (and of events at its own time when censored).
        var earlierEvents = new RankCounter(distinct);
        for (int g = 0; g < groups.Count; g++)
        {
            var (start, end) = groups[g];
            var eventsHere = new RankCounter(distinct);
            for (int k = start; k < end; k++)
            {
                if (died[order[k]])
                {
                    eventsHere.Add(rank[order[k]]);
                }
            }

            for (int k = start; k < end; k++)
            {
                int j = order[k];
                var (below, equal, above) = earlierEvents.Count(rank[j]);
                if (!died[j])
                {
                    var (hBelow, hEqual, hAbove) = eventsHere.Count(rank[j]);
                    below += hBelow;
                    equal += hEqual;
                    above += hAbove;
                }

                // the pair is concordant when the earlier event has the higher risk (rank above j's)
                numerator[j] += above + 0.5 * equal;
                denominator[j] += above + below + equal;
            }

            for (int k = start; k < end; k++)
            {
                if (died[order[k]])
                {
                    earlierEvents.Add(rank[order[k]]);
                }
            }
        }

        (long tiedTime, long tiedBoth) = EventTimeTies(groups, order, died, rank);
        double total = concordant + discordant + tied;
        if (total == 0)
        {
            throw new ArgumentException("No pair is comparable (no event precedes another time); the concordance is undefined.");
        }

        double concordance = (concordant + 0.5 * tied) / total;
        double variance = 0;
        for (int k = 0; k < n; k++)
        {
            double influence = (numerator[k] - concordance * denominator[k]) / total;
            variance += influence * influence;
        }

        return new ConcordanceResult(concordance, concordant, discordant, tied, tiedTime, tiedBoth, Math.Sqrt(variance), direction);
    }

    private static List<(int Start, int End)> TimeGroups(int[] order, IReadOnlyList<double> time)
    {
        var groups = new List<(int, int)>();
        int start = 0;
        for (int k = 1; k <= order.Length; k++)
        {
            if (k == order.Length || time[order[k]] != time[order[start]])
            {
                groups.Add((start, k));
                start = k;
            }
        }

        return groups;
    }

    // Pairs of events sharing a time: with different scores (tied.y) and with equal scores (tied.xy).
    private static (long TiedTime, long TiedBoth) EventTimeTies(List<(int Start, int End)> groups, int[] order, IReadOnlyList<bool> died, int[] rank)
    {
        long tiedTime = 0, tiedBoth = 0;
        foreach (var (start, end) in groups)
        {
            var ranks = Enumerable.Range(start, end - start).Select(k => order[k]).Where(i => died[i]).Select(i => rank[i]).ToList();
            long events = ranks.Count;
            long pairs = events * (events - 1) / 2;
            long same = ranks.GroupBy(r => r).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
            tiedBoth += same;
            tiedTime += pairs - same;
        }

        return (tiedTime, tiedBoth);
    }
}
