namespace Radiomics.Analysis.Statistics;

/// <summary>
/// The six intraclass correlation forms of Shrout &amp; Fleiss (1979), in <c>psych::ICC</c>'s order. McGraw &amp; Wong
/// (1996) name them ICC(1), ICC(A,1), ICC(C,1), ICC(k), ICC(A,k), ICC(C,k).
/// </summary>
public enum IccType
{
    /// <summary>ICC(1,1), one-way random, single rater (psych ICC1; McGraw &amp; Wong ICC(1)).</summary>
    Icc1,

    /// <summary>ICC(2,1), two-way random, absolute agreement, single rater (psych ICC2; McGraw &amp; Wong ICC(A,1)).</summary>
    Icc2,

    /// <summary>ICC(3,1), two-way mixed, consistency, single rater (psych ICC3; McGraw &amp; Wong ICC(C,1)).</summary>
    Icc3,

    /// <summary>ICC(1,k), one-way random, mean of k raters (psych ICC1k; McGraw &amp; Wong ICC(k)).</summary>
    Icc1k,

    /// <summary>ICC(2,k), two-way random, absolute agreement, mean of k raters (psych ICC2k; McGraw &amp; Wong ICC(A,k)).</summary>
    Icc2k,

    /// <summary>ICC(3,k), two-way mixed, consistency, mean of k raters (psych ICC3k; McGraw &amp; Wong ICC(C,k)).</summary>
    Icc3k,
}
