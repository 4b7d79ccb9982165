namespace Radiomics.Analysis.Habitats;

/// <summary>
/// Texture-like features of a multi-region spatial-interaction matrix p (GLCM formulas with i, j the labels):
/// contrast Σ(i − j)² p, homogeneity Σ p / (1 + (i − j)²), correlation (Σ i j p − μx μy) / (σx σy) from p's row and
/// column sums (1 when a σ is 0), energy Σ p².
/// </summary>
public sealed record MsiFeatures(double Contrast, double Homogeneity, double Correlation, double Energy);
