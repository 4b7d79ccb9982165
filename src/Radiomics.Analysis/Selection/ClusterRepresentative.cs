namespace Radiomics.Analysis.Selection;

/// <summary>Which member of a feature cluster the <see cref="SelectionMethod.Cluster"/> step keeps.</summary>
public enum ClusterRepresentative
{
    /// <summary>
    /// The medoid: the member with the smallest summed distance 1 − |ρ| to the other members; ties go to the member
    /// earlier in the current feature order. Needs no outcome.
    /// </summary>
    Medoid,

    /// <summary>
    /// The member most associated with the outcome: the largest |AUC − 0.5| for a binary outcome (pROC's AUC,
    /// <see cref="Validation.DeLong"/>) or |C − 0.5| for a survival outcome (Harrell's C,
    /// <see cref="Validation.HarrellConcordance"/>); ties go to the earlier member. Needs an outcome.
    /// </summary>
    OutcomeAssociation,
}
