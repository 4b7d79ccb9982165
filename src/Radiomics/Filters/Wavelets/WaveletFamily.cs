namespace Radiomics.Filters.Wavelets;

/// <summary>The pywt discrete wavelet families (pywt <c>families(short=True)</c>, discrete ones).</summary>
public enum WaveletFamily
{
    /// <summary><c>haar</c> (the same filters as db1).</summary>
    Haar,

    /// <summary><c>dbN</c>, N = 1…38.</summary>
    Daubechies,

    /// <summary><c>symN</c>, N = 2…20.</summary>
    Symlets,

    /// <summary><c>coifN</c>, N = 1…17.</summary>
    Coiflets,

    /// <summary><c>biorN.M</c>.</summary>
    Biorthogonal,

    /// <summary><c>rbioN.M</c>: biorN.M with decomposition and reconstruction swapped.</summary>
    ReverseBiorthogonal,

    /// <summary><c>dmey</c>: FIR approximation of the Meyer wavelet.</summary>
    DiscreteMeyer,
}
