using Radiomics.Analysis.Tests.Models;
using Radiomics.Analysis.Validation;

namespace Radiomics.Analysis.Tests.Validation;

/// <summary>Harrell's C against survival::concordance 3.5-3 (reverse = TRUE), including the tie fixtures.</summary>
public sealed class ConcordanceTests
{
    public static TheoryData<string> Fixtures() =>
        ["cindex_tied_times.csv", "cindex_tied_scores.csv", "cindex_event_censor_ties.csv", "cindex_lung_efron_lp.csv"];

    internal static (double[] Time, bool[] Died, double[] Score) Load(string file)
    {
        var rows = FixtureCsv.Records(file);
        return (rows.Select(r => FixtureCsv.Number(r["time"])).ToArray(),
                rows.Select(r => r["event"] == "1").ToArray(),
                rows.Select(r => FixtureCsv.Number(r["score"])).ToArray());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Compute_MatchesSurvivalConcordance(string file)
    {
        var expected = FixtureCsv.Records("expected_concordance.csv").Single(r => r["fixture"] == file);
        var (time, died, score) = Load(file);

        ConcordanceResult c = HarrellConcordance.Compute(time, died, score);

        Assert.Equal(FixtureCsv.Number(expected["concordance"]), c.Concordance, 1e-12);
        Assert.Equal((long)FixtureCsv.Number(expected["concordant"]), c.Concordant);
        Assert.Equal((long)FixtureCsv.Number(expected["discordant"]), c.Discordant);
        Assert.Equal((long)FixtureCsv.Number(expected["tied_score"]), c.TiedScore);
        Assert.Equal((long)FixtureCsv.Number(expected["tied_time"]), c.TiedTime);
        Assert.Equal((long)FixtureCsv.Number(expected["tied_both"]), c.TiedBoth);
        Assert.Equal(FixtureCsv.Number(expected["std"]), c.StandardError, 1e-12);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Compute_MatchesBruteForcePairCount(string file)
    {
        var (time, died, score) = Load(file);
        long concordant = 0, discordant = 0, tied = 0;
        for (int i = 0; i < time.Length; i++)
        {
            for (int j = 0; j < time.Length; j++)
            {
                bool comparable = died[i] && (time[j] > time[i] || (time[j] == time[i] && !died[j]));
                if (!comparable)
                {
                    continue;
                }

                if (score[i] > score[j]) concordant++;
                else if (score[i] < score[j]) discordant++;
                else tied++;
            }
        }

        ConcordanceResult c = HarrellConcordance.Compute(time, died, score);

        Assert.Equal((concordant, discordant, tied), (c.Concordant, c.Discordant, c.TiedScore));
    }

    [Fact]
    public void Compute_ReversedDirection_SwapsConcordantAndDiscordant()
    {
        var (time, died, score) = Load("cindex_tied_scores.csv");

        ConcordanceResult risk = HarrellConcordance.Compute(time, died, score);
        ConcordanceResult survival = HarrellConcordance.Compute(time, died, score, RiskDirection.HigherScoreLongerSurvival);

        Assert.Equal(risk.Concordant, survival.Discordant);
        Assert.Equal(1 - risk.Concordance, survival.Concordance, 1e-15);
    }

    [Fact]
    public void Compute_RiskOrderedLikeTime_IsOne()
    {
        double[] time = [1, 2, 3, 4, 5];
        bool[] died = [true, true, true, false, true];
        double[] score = [5, 4, 3, 2, 1];

        Assert.Equal(1, HarrellConcordance.Compute(time, died, score).Concordance);
    }
}
